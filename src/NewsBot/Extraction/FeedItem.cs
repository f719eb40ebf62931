namespace NewsBot.Extraction;

/// <summary>One entry of a feed, as the feed states it, before dedup and summarising.</summary>
/// <param name="Id">The feed's own identifier (RSS guid, Atom id, JSON Feed id); may be missing or unstable.</param>
/// <param name="Link">Absolute link to the article page, relative links already resolved.</param>
/// <param name="PublishedUtc">Publication (or, failing that, update) time in UTC; null when the feed gives none we can read.</param>
/// <param name="Categories">Raw category names as written in the feed (not yet slugs).</param>
/// <param name="ContentHtml">Full content (content:encoded, Atom content, JSON content_html) as HTML, if the feed carries it.</param>
/// <param name="SummaryHtml">Description or Atom summary as HTML, often only an excerpt.</param>
/// <param name="UpdatedUtc">When the entry says it was last edited, so an edited article can be recognised as such.</param>
/// <param name="Author">The author's name as written, when the feed gives one.</param>
/// <param name="IsFullText">
/// The content already is the article page's main text (HTML listing sources), so the page is not fetched again however
/// short the article is.
/// </param>
public sealed record FeedItem(
    string? Id,
    Uri? Link,
    string Title,
    DateTime? PublishedUtc,
    IReadOnlyList<string> Categories,
    string? ContentHtml,
    string? SummaryHtml,
    Uri? ImageUrl,
    DateTime? UpdatedUtc = null,
    string? Author = null,
    bool IsFullText = false);
