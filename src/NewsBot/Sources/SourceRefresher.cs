using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>
/// Refreshes one source: conditional GET, parse, hand the items to the <see cref="ArticleIngester"/>, and record the
/// source's health and validators.
/// </summary>
public sealed partial class SourceRefresher(
    IDbContextFactory<NewsBotDbContext> contexts,
    HttpFetcher fetcher,
    FeedParser parser,
    ArticleIngester ingester,
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
                health.Failed(source, failed.Error, failed.RetryAfter);
                LogFailed(logger, source.Id, source.ConsecutiveFailures, failed.Error);
                result = RefreshResult.Failure(failed.Error);
                break;
            case FetchResult.Fetched body:
                result = await IngestAsync(source, body, health, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unexpected fetch result {fetched}.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task<RefreshResult> IngestAsync(Source source, FetchResult.Fetched body, SourceHealth health, CancellationToken cancellationToken)
    {
        IReadOnlyList<FeedItem> items;
        try
        {
            items = source.Kind == SourceKind.WordPress
                ? WordPressPostsReader.Read(body.Body, body.FinalUrl)
                : parser.Parse(body.Body, body.ContentType, body.FinalUrl).Items;
        }
        catch (FeedFormatException ex)
        {
            health.Failed(source, ex.Message, retryAfter: null);
            LogFailed(logger, source.Id, source.ConsecutiveFailures, ex.Message);
            return RefreshResult.Failure(ex.Message);
        }

        var result = await ingester.IngestAsync(source, items, cancellationToken);
        source.ETag = body.ETag;
        source.LastModified = body.LastModified;
        health.Succeeded(source);
        return result;
    }

    /// <summary>One page of the newest posts is enough at a normal poll interval and spares the site deep paging.</summary>
    private static Uri UrlOf(Source source) => source.Kind == SourceKind.WordPress
        ? WordPressPostsReader.PostsUrl(new Uri(source.Url), perPage: 20)
        : new Uri(source.Url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed ({Attempt} in a row): {Reason}")]
    private static partial void LogFailed(ILogger logger, int sourceId, int attempt, string reason);
}
