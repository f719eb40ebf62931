using System.Net;
using Microsoft.Extensions.Options;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>
/// Reads the new articles of an HTML listing source: finds the article links on the listing page, skips the ones
/// already stored, and fetches at most <see cref="SourcesOptions.MaxPagesPerPoll"/> new article pages, one after
/// another, extracting each into a <see cref="FeedItem"/> for the <see cref="ArticleIngester"/>. A page that fails is
/// left for the next poll and does not stop the others.
/// </summary>
public sealed partial class HtmlListingReader(
    HttpFetcher fetcher,
    ListingLinkFinder linkFinder,
    ArticlePageExtractor pageExtractor,
    ArticleStore store,
    IOptions<SourcesOptions> options,
    ILogger<HtmlListingReader> logger)
{
    public async Task<ListingRead> ReadNewAsync(Source source, FetchResult.Fetched listing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(listing);
        var html = FeedDecoder.DecodePage(listing.Body, listing.ContentType);
        var links = linkFinder.Find(html, listing.FinalUrl, source.LinkSelector)
            .Select(link => (Link: link, Key: ArticleKey.For(guid: null, link, title: "")))
            .DistinctBy(l => l.Key)
            .Take(options.Value.MaxItemsPerPoll)
            .ToList();
        if (links.Count == 0)
        {
            throw new FeedFormatException(
                $"Found no article links on the listing page {listing.FinalUrl}. If the page does list articles, set LinkSelector " +
                "for this source to the CSS selector of its headline links (e.g. \"h2.entry-title a\").");
        }

        var known = (await store.FindKnownAsync(source.Id, links.Select(l => l.Key).ToList(), [], cancellationToken))
            .Select(k => k.ItemKey).ToHashSet(StringComparer.Ordinal);
        var unknown = links.Where(l => !known.Contains(l.Key)).Select(l => l.Link).ToList();

        // Newest first, as the listing shows them: when the budget runs out, it is the oldest that wait.
        var items = new List<FeedItem>();
        var failed = 0;
        foreach (var link in unknown.Take(options.Value.MaxPagesPerPoll))
        {
            var item = await ReadPageAsync(source, link, cancellationToken);
            if (item is null) failed++;
            else items.Add(item);
        }

        return new ListingRead(items, Deferred: Math.Max(0, unknown.Count - options.Value.MaxPagesPerPoll), Failed: failed);
    }

    private async Task<FeedItem?> ReadPageAsync(Source source, Uri link, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(link), cancellationToken);
        if (result is not FetchResult.Fetched page)
        {
            LogPageFailed(logger, source.Id, link, (result as FetchResult.Failed)?.Error ?? "the server answered 304 to a plain GET");
            return null;
        }

        ArticlePage article;
        try
        {
            article = pageExtractor.Extract(FeedDecoder.DecodePage(page.Body, page.ContentType), page.FinalUrl, source.ContentSelector);
        }
        catch (AngleSharp.Dom.DomException ex)
        {
            LogPageFailed(logger, source.Id, link, $"the ContentSelector '{source.ContentSelector}' is not valid CSS ({ex.Message})");
            return null;
        }

        if (string.IsNullOrWhiteSpace(article.Title))
        {
            LogPageFailed(logger, source.Id, link, "the page has no headline (no og:title, title or h1), so it is probably not an article");
            return null;
        }

        // The listing's link, not the final URL after redirects, is the identity: it is what the next poll will see.
        return new FeedItem(
            Id: null,
            Link: link,
            Title: article.Title,
            PublishedUtc: article.PublishedUtc,
            Categories: article.Tags,
            ContentHtml: AsParagraphs(article.Text),
            SummaryHtml: null,
            ImageUrl: article.ImageUrl,
            IsFullText: true);
    }

    /// <summary>The extracted text as HTML paragraphs, which is what the reader expects of a feed's content.</summary>
    private static string AsParagraphs(string text) => string.Concat(
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: could not read the article page {Url}: {Reason}; it is tried again next poll")]
    private static partial void LogPageFailed(ILogger logger, int sourceId, Uri url, string reason);
}
