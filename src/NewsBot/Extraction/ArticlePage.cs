namespace NewsBot.Extraction;

/// <summary>The main content of one article page, with navigation, footers and share blocks removed.</summary>
/// <param name="Text">
/// Plain text of the article body, paragraphs separated by blank lines; empty when the page holds no article (and no
/// description to stand for one).
/// </param>
/// <param name="Tags">Raw tag names found on the page (not yet slugs).</param>
public sealed record ArticlePage(string? Title, string Text, IReadOnlyList<string> Tags, Uri? ImageUrl, DateTime? PublishedUtc);
