using Microsoft.Extensions.Options;

namespace NewsBot.Extraction.Tagging;

/// <summary>
/// The tags an article is delivered under: the source's, the feed's and the page's own tags as slugs, each alias
/// replaced by the tag it stands for, plus the tags of every keyword rule its title or text matches.
/// </summary>
public sealed class ArticleTagger
{
    private readonly Dictionary<string, string> aliases;
    private readonly KeywordRuleMatcher rules;

    public ArticleTagger(IOptions<TaggingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, tag) in options.Value.Aliases)
        {
            if (TagSlug.Normalize(alias) is { } from && TagSlug.Normalize(tag) is { } to) aliases[from] = to;
        }

        rules = new KeywordRuleMatcher(options.Value.KeywordRules);
    }

    /// <summary>Distinct slugs: the given tags first, in their order, then those the keyword rules add.</summary>
    public IReadOnlyList<string> Tag(IEnumerable<string?> rawTags, string? title, string? text) =>
        rawTags.Select(TagSlug.Normalize).OfType<string>()
            .Concat(rules.Match(title, text))
            .Select(slug => aliases.GetValueOrDefault(slug, slug))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
