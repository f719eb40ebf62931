namespace NewsBot.Extraction;

/// <summary>A new article read from a feed item (and its page, when the feed only had an excerpt), ready to summarise.</summary>
public sealed record ArticleDraft(
    string ItemKey,
    string Title,
    string Url,
    string Text,
    IReadOnlyList<string> Tags,
    string? ImageUrl,
    DateTime? PublishedUtc);
