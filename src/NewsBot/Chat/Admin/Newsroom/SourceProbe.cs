using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// Finds out what kind of source an address is, by fetching it once through the real fetcher (SSRF guard, size cap,
/// timeout) and the real parsers: a feed, else a WordPress site (its REST API gives tags and images), else a page that
/// advertises its feed (&lt;link rel="alternate"&gt;, the usual case when an admin pastes a site's home page), else a
/// plain HTML page listing article links (many regency portals have no feed). The kinds are tried in the order of
/// <see cref="Probes"/>; a new kind is one more probe there.
/// </summary>
public sealed partial class SourceProbe(
    HttpFetcher fetcher, FeedParser parser, ListingLinkFinder links, ArticlePageExtractor pages, ILogger<SourceProbe> logger)
{
    /// <summary>A page with fewer article-like links is more likely an article or a portal's start page than a listing.</summary>
    private const int MinListingLinks = 3;

    /// <summary>Article pages read to show the admin what the listing leads to; the rest are read by the first poll.</summary>
    private const int PagesPreviewed = 3;

    private delegate Task<(SourcePreview? Found, ProbeReason? WhyNot)> KindProbe(Uri url, FetchResult page, CancellationToken cancellationToken);

    private KindProbe[] Probes => [AsFeedAsync, AsWordPressAsync, AsAdvertisedFeedAsync, AsHtmlListingAsync];

    public async Task<SourceProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(new FetchRequest(url), cancellationToken);
        // Unreachable, refused (private address) or timed out: no other kind would fare better on the same host.
        if (page is FetchResult.Failed { Problem.Status: null } failed) return NotASource(url, [new ProbeReason(null, failed.Problem)]);

        var reasons = new List<ProbeReason>();
        foreach (var probe in Probes)
        {
            var (found, whyNot) = await probe(url, page, cancellationToken);
            if (found is not null) return new SourceProbeResult(found, []);
            if (whyNot is not null) reasons.Add(whyNot);
        }

        return NotASource(url, reasons);
    }

    /// <summary>The admin is told the kinds of problem; the details, which name the exact trouble, go to the log.</summary>
    private SourceProbeResult NotASource(Uri url, IReadOnlyList<ProbeReason> reasons)
    {
        LogNotASource(logger, url, string.Join(" | ", reasons.Select(r => r.Label is null ? r.Problem.Detail : $"{r.Label}: {r.Problem.Detail}")));
        return new SourceProbeResult(null, reasons);
    }

    private Task<(SourcePreview?, ProbeReason?)> AsFeedAsync(Uri url, FetchResult page, CancellationToken cancellationToken) =>
        Task.FromResult(AsFeed(url, page, label: null));

    private (SourcePreview?, ProbeReason?) AsFeed(Uri url, FetchResult page, string? label)
    {
        if (page is not FetchResult.Fetched body) return (null, new ProbeReason(label, FetchResult.ProblemOf(page, url)));
        try
        {
            var feed = parser.Parse(body.Body, body.ContentType, body.FinalUrl);
            var title = string.IsNullOrWhiteSpace(feed.Title) ? url.Host : feed.Title.Trim();
            return (Preview(SourceKind.Feed, url, title, feed.Items), null);
        }
        catch (FeedFormatException ex)
        {
            return (null, new ProbeReason(label, ex.Problem));
        }
    }

    private async Task<(SourcePreview?, ProbeReason?)> AsWordPressAsync(Uri url, FetchResult page, CancellationToken cancellationToken)
    {
        _ = page;
        var postsUrl = WordPressPostsReader.PostsUrl(url, perPage: 20);
        var posts = await fetcher.FetchAsync(new FetchRequest(postsUrl), cancellationToken);
        if (posts is not FetchResult.Fetched body) return (null, new ProbeReason("WordPress", FetchResult.ProblemOf(posts, postsUrl)));
        try
        {
            var items = WordPressPostsReader.Read(body.Body, postsUrl);
            return (Preview(SourceKind.WordPress, url, url.Host, items), null);
        }
        catch (FeedFormatException ex)
        {
            return (null, new ProbeReason("WordPress", ex.Problem));
        }
    }

    private async Task<(SourcePreview?, ProbeReason?)> AsAdvertisedFeedAsync(Uri url, FetchResult page, CancellationToken cancellationToken)
    {
        if (page is not FetchResult.Fetched body || FeedLinkFinder.Find(body.Body, body.FinalUrl) is not { } feedUrl) return (null, null);
        var feed = await fetcher.FetchAsync(new FetchRequest(feedUrl), cancellationToken);
        return AsFeed(feedUrl, feed, feedUrl.AbsoluteUri);
    }

    private async Task<(SourcePreview?, ProbeReason?)> AsHtmlListingAsync(Uri url, FetchResult page, CancellationToken cancellationToken)
    {
        if (page is not FetchResult.Fetched body) return (null, null);
        var html = FeedDecoder.DecodePage(body.Body, body.ContentType);
        var found = links.Find(html, body.FinalUrl);
        if (found.Count < MinListingLinks)
        {
            return (null, new ProbeReason("HTML", new FetchProblem(FetchProblemKind.NoArticleLinks,
                $"only {found.Count} article links found on {body.FinalUrl}; add the source in the settings with a LinkSelector.")));
        }

        var titles = new List<string>();
        foreach (var link in found.Take(PagesPreviewed))
        {
            var article = await fetcher.FetchAsync(new FetchRequest(link), cancellationToken);
            titles.Add(article is FetchResult.Fetched articleBody
                       && pages.Extract(FeedDecoder.DecodePage(articleBody.Body, articleBody.ContentType), articleBody.FinalUrl).Title is { Length: > 0 } title
                ? AdminFormat.Cut(title, 100)
                : link.AbsoluteUri);
        }

        var pageTitle = pages.Extract(html, body.FinalUrl).Title;
        return (new SourcePreview(SourceKind.HtmlListing, url.AbsoluteUri, AdminFormat.Cut(pageTitle ?? url.Host, 200), found.Count, titles), null);
    }

    private static SourcePreview Preview(SourceKind kind, Uri url, string title, IReadOnlyList<FeedItem> items) =>
        new(kind, url.AbsoluteUri, AdminFormat.Cut(title, 200), items.Count, [.. items.Take(3).Select(i => AdminFormat.Cut(i.Title, 100))]);

    [LoggerMessage(Level = LogLevel.Information, Message = "The address {Url} was not added as a source: {Reason}")]
    private static partial void LogNotASource(ILogger logger, Uri url, string reason);
}
