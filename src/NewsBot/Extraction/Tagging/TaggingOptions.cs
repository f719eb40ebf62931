namespace NewsBot.Extraction.Tagging;

/// <summary>How article tags are normalised and extended; bound from the "Tagging" section.</summary>
public sealed class TaggingOptions
{
    public const string SectionName = "Tagging";

    /// <summary>Another name for a tag and the tag it means ("economy" → "ekonomi"); both sides are normalised to slugs.</summary>
    public Dictionary<string, string> Aliases { get; set; } = [];

    /// <summary>
    /// Tag → words or phrases that give an article that tag when they occur in its title or text. Matching is on
    /// Indonesian stems, so the rule "banjir" also matches "kebanjiran" and "banjirnya".
    /// </summary>
    public Dictionary<string, List<string>> KeywordRules { get; set; } = [];
}
