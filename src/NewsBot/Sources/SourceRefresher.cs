using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>
/// Refreshes one source: conditional GET, parse (or, for an HTML listing, follow its new article links), hand the
/// items to the <see cref="ArticleIngester"/>, and record the source's health and validators.
/// </summary>
public sealed partial class SourceRefresher(
    IDbContextFactory<NewsBotDbContext> contexts,
    HttpFetcher fetcher,
    FeedParser parser,
    HtmlListingReader listingReader,
    ArticleIngester ingester,
    PageAttemptStore attempts,
    AdminAlerts alerts,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<SourceRefresher> logger)
{
    public async Task<RefreshResult> RefreshAsync(int sourceId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Id == sourceId, cancellationToken);
        var health = new SourceHealth(options.Value, time);
        var fetched = await fetcher.FetchAsync(new FetchRequest(UrlOf(source), source.ETag, source.LastModified), cancellationToken);

        RefreshResult result;
        switch (fetched)
        {
            case FetchResult.NotModified:
                health.Succeeded(source);
                result = RefreshResult.Unchanged;
                break;
            case FetchResult.Failed failed:
                result = Fail(source, health, failed.Problem, failed.RetryAfter);
                break;
            case FetchResult.Fetched body when source.Kind == SourceKind.HtmlListing:
                result = await IngestListingAsync(source, body, health, cancellationToken);
                break;
            case FetchResult.Fetched body:
                result = await IngestAsync(source, body, health, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unexpected fetch result {fetched}.");
        }

        await db.SaveChangesAsync(cancellationToken);
        // Exactly at the threshold: one alert per streak of failures, not one per poll until the site comes back.
        if (source.ConsecutiveFailures == options.Value.AlertAfterFailures) alerts.Raise(FailingAlert(source));
        return result;
    }

    /// <summary>The alert names the problem in each language; its technical detail is in the log, once per failure.</summary>
    private static AdminAlert FailingAlert(Source source) => new(
        $"source-failing-{source.Id}",
        $"Sumber #{source.Id} {source.Name} gagal dibaca {source.ConsecutiveFailures} kali berturut-turut: {Wording(source, "id")}. "
        + $"Alamat: {source.Url}. Periksa situsnya, atau jeda sumber ini dengan /jedasumber {source.Id}.",
        $"Source #{source.Id} {source.Name} failed {source.ConsecutiveFailures} times in a row: {Wording(source, "en")}. "
        + $"Address: {source.Url}. Check the site, or pause the source with /pausesource {source.Id}.");

    private static string Wording(Source source, string language) =>
        FetchProblemWording.In(source.LastErrorKind, source.LastErrorStatus, language);

    private RefreshResult Fail(Source source, SourceHealth health, FetchProblem problem, TimeSpan? retryAfter)
    {
        health.Failed(source, problem, retryAfter);
        LogFailed(logger, source.Id, source.ConsecutiveFailures, problem.Kind, problem.Detail);
        return RefreshResult.Failure(problem);
    }

    private async Task<RefreshResult> IngestAsync(Source source, FetchResult.Fetched body, SourceHealth health, CancellationToken cancellationToken)
    {
        IReadOnlyList<FeedItem> items;
        try
        {
            if (source.Kind == SourceKind.WordPress)
            {
                items = WordPressPostsReader.Read(body.Body, body.FinalUrl);
            }
            else
            {
                var feed = parser.Parse(body.Body, body.ContentType, body.FinalUrl);
                // The feed was read, but its publisher would want to know it is broken; other readers may refuse it.
                if (feed.Repairs.Count > 0) LogRepaired(logger, source.Id, source.Name, string.Join(", ", feed.Repairs));
                items = feed.Items;
            }
        }
        catch (FeedFormatException ex)
        {
            return Fail(source, health, ex.Problem, retryAfter: null);
        }

        var result = await ingester.IngestAsync(source, items, cancellationToken);
        source.ETag = body.ETag;
        source.LastModified = body.LastModified;
        health.Succeeded(source);
        return result;
    }

    private async Task<RefreshResult> IngestListingAsync(Source source, FetchResult.Fetched listing, SourceHealth health, CancellationToken cancellationToken)
    {
        ListingRead read;
        try
        {
            read = await listingReader.ReadNewAsync(source, listing, cancellationToken);
        }
        catch (FeedFormatException ex)
        {
            return Fail(source, health, ex.Problem, retryAfter: null);
        }
        catch (AngleSharp.Dom.DomException ex)
        {
            var error = $"The LinkSelector '{source.LinkSelector}' of this source is not valid CSS ({ex.Message}); fix it or clear it to find links automatically.";
            return Fail(source, health, new FetchProblem(FetchProblemKind.InvalidSelector, error), retryAfter: null);
        }

        var takingBaseline = !source.BaselineTaken;
        var result = await ingester.IngestAsync(source, read.Items, cancellationToken, read.BackCatalogue);
        await attempts.ForgetAsync(source.Id, read.Items.Select(ArticleReader.KeyOf).ToList(), cancellationToken);
        // The back catalogue is read over several polls when it is larger than the page budget; until all of it is in,
        // the pages read are still back catalogue, or the second poll would send what the first had no room for.
        if (takingBaseline && read.Deferred > 0) source.BaselineTaken = false;
        // Validators are kept only when every new link was dealt with: a 304 must not hide pages still to be read.
        source.ETag = read.Complete ? listing.ETag : null;
        source.LastModified = read.Complete ? listing.LastModified : null;
        health.Succeeded(source);
        // The listing itself is fine, so the source does not back off; a link given up is still news to its admin.
        if (read.GaveUp.Count > 0)
        {
            var problem = new FetchProblem(FetchProblemKind.PagesSkipped, string.Join("; ", read.GaveUp));
            SourceHealth.Record(source, problem, time.GetUtcNow().UtcDateTime);
        }

        if (read.Deferred > 0 || read.Failed > 0) LogIncomplete(logger, source.Id, read.Deferred, read.Failed);
        return result;
    }

    /// <summary>One page of the newest posts is enough at a normal poll interval and spares the site deep paging.</summary>
    private static Uri UrlOf(Source source) => source.Kind == SourceKind.WordPress
        ? WordPressPostsReader.PostsUrl(new Uri(source.Url), perPage: 20)
        : new Uri(source.Url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: {Deferred} new article pages left for the next poll (page budget), {Failed} failed and will be tried again (up to Sources:MaxPageAttempts)")]
    private static partial void LogIncomplete(ILogger logger, int sourceId, int deferred, int failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} ({SourceName}): the feed is not well-formed and was read after repairs: {Repairs}")]
    private static partial void LogRepaired(ILogger logger, int sourceId, string sourceName, string repairs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed ({Attempt} in a row), {Kind}: {Reason}")]
    private static partial void LogFailed(ILogger logger, int sourceId, int attempt, FetchProblemKind kind, string reason);
}
