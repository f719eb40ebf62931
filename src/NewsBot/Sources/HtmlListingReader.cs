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
    PageAttemptStore attempts,
    IOptions<SourcesOptions> options,
    TimeProvider time,
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
            throw new FeedFormatException(FetchProblemKind.NoArticleLinks,
                $"Found no article links on the listing page {listing.FinalUrl}. If the page does list articles, set LinkSelector " +
                "for this source to the CSS selector of its headline links (e.g. \"h2.entry-title a\").");
        }

        var keys = links.Select(l => l.Key).ToList();
        var known = (await store.FindKnownAsync(source.Id, keys, [], cancellationToken))
            .Select(k => k.ItemKey).ToHashSet(StringComparer.Ordinal);
        var tried = await attempts.FindAsync(source.Id, keys, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var unknown = links.Where(l => !known.Contains(l.Key) && tried.GetValueOrDefault(l.Key)?.GaveUpUtc is null).ToList();
        // A page that failed waits out its backoff, so the attempts span hours rather than a few polls: a page that is
        // down for an afternoon is still read, and a broken one costs a small server a handful of requests.
        var waiting = unknown.Count(l => tried.GetValueOrDefault(l.Key) is { } t && now < NextAttemptUtc(source, t));
        unknown = unknown.Where(l => tried.GetValueOrDefault(l.Key) is not { } t || now >= NextAttemptUtc(source, t)).ToList();

        // Newest first, as the listing shows them: when the budget runs out, it is the oldest that wait.
        var items = new List<FeedItem>();
        var backCatalogue = new HashSet<string>(StringComparer.Ordinal);
        var gaveUp = new List<string>();
        var failed = 0;
        foreach (var (link, key) in unknown.Take(options.Value.MaxPagesPerPoll))
        {
            var (item, error) = await ReadPageAsync(source, link, cancellationToken);
            var earlier = tried.GetValueOrDefault(key);
            if (item is not null)
            {
                items.Add(item);
                if (earlier?.FromBackCatalogue == true) backCatalogue.Add(key);
                continue;
            }

            // A page that fails while the back catalogue is taken belongs to it, however late it is read.
            var attempt = await attempts.RecordFailureAsync(source.Id, key, link, error!, earlier?.FromBackCatalogue ?? !source.BaselineTaken,
                options.Value.MaxPageAttempts, now, cancellationToken);
            if (attempt.GaveUpUtc is null)
            {
                LogPageFailed(logger, source.Id, link, error!, attempt.Failures, options.Value.MaxPageAttempts);
                failed++;
                continue;
            }

            LogPageGivenUp(logger, source.Id, link, attempt.Failures, error!);
            gaveUp.Add($"Gave up on the article page {link} after {attempt.Failures} failed attempts: {error}");
        }

        return new ListingRead(items, Deferred: Math.Max(0, unknown.Count - options.Value.MaxPagesPerPoll), Failed: failed + waiting, backCatalogue, gaveUp);
    }

    /// <summary>A failing page waits as a failing source does (<see cref="SourceHealth.Backoff"/>).</summary>
    private DateTime NextAttemptUtc(Source source, PageAttempt attempt) =>
        attempt.LastFailedUtc + SourceHealth.Backoff(source, attempt.Failures, options.Value);

    /// <returns>The page as a feed item, or null and why it could not be read.</returns>
    private async Task<(FeedItem? Item, string? Error)> ReadPageAsync(Source source, Uri link, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(link), cancellationToken);
        if (result is not FetchResult.Fetched page)
            return (null, (result as FetchResult.Failed)?.Error ?? "the server answered 304 to a plain GET");

        ArticlePage article;
        try
        {
            article = pageExtractor.Extract(FeedDecoder.DecodePage(page.Body, page.ContentType), page.FinalUrl, source.ContentSelector);
        }
        catch (AngleSharp.Dom.DomException ex)
        {
            return (null, $"the ContentSelector '{source.ContentSelector}' is not valid CSS ({ex.Message})");
        }

        if (string.IsNullOrWhiteSpace(article.Title))
            return (null, "the page has no headline (no og:title, title or h1), so it is probably not an article");

        // The listing's link, not the final URL after redirects, is the identity: it is what the next poll will see.
        return (new FeedItem(
            Id: null,
            Link: link,
            Title: article.Title,
            PublishedUtc: article.PublishedUtc,
            Categories: article.Tags,
            ContentHtml: AsParagraphs(article.Text),
            SummaryHtml: null,
            ImageUrl: article.ImageUrl,
            IsFullText: true), null);
    }

    /// <summary>The extracted text as HTML paragraphs, which is what the reader expects of a feed's content.</summary>
    private static string AsParagraphs(string text) => string.Concat(
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: could not read the article page {Url}: {Reason}; attempt {Attempt} of {MaxAttempts}, tried again next poll")]
    private static partial void LogPageFailed(ILogger logger, int sourceId, Uri url, string reason, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: gave up on the article page {Url} after {Attempts} failed attempts; it is no longer fetched. Last reason: {Reason}")]
    private static partial void LogPageGivenUp(ILogger logger, int sourceId, Uri url, int attempts, string reason);
}
