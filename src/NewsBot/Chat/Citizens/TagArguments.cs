using NewsBot.Extraction;

namespace NewsBot.Chat.Citizens;

/// <summary>Turns typed topic words into tag slugs ("#Ekonomi" → "ekonomi"), keeping the words that are not tags apart.</summary>
public static class TagArguments
{
    public static (List<string> Tags, List<string> Invalid) Read(IEnumerable<string> args)
    {
        var tags = new List<string>();
        var invalid = new List<string>();
        foreach (var arg in args)
        {
            var slug = TagSlug.Normalize(arg);
            if (slug is null) invalid.Add(arg);
            else if (!tags.Contains(slug)) tags.Add(slug);
        }

        return (tags, invalid);
    }
}
