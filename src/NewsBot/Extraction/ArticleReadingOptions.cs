using System.ComponentModel.DataAnnotations;

namespace NewsBot.Extraction;

/// <summary>
/// When an article's page is read for its full text. The setting lives in the Sources section, beside the other
/// per-poll limits an operator tunes together; the reader owns it, so extraction needs nothing from Sources.
/// </summary>
public sealed class ArticleReadingOptions
{
    public const string SectionName = "Sources";

    /// <summary>Below this many characters of text in the feed, the article page is fetched for the full text.</summary>
    [Range(0, 100_000, ErrorMessage = "must be between 0 and 100000.")]
    public int MinFeedTextChars { get; set; } = 300;
}
