using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Sources;

/// <summary>
/// Refreshes one source, the whole way: conditional GET, parse, skip what is known, read and summarise what is new,
/// store it, plan its deliveries and start dispatch. The first successful poll only records the back catalogue.
/// </summary>
public sealed partial class SourceRefresher(
    IDbContextFactory<NewsBotDbContext> contexts,
    HttpFetcher fetcher,
    FeedParser parser,
    ArticleReader reader,
    ExtractiveSummarizer summarizer,
    ArticleStore store,
    DeliveryPlanner planner,
    DispatchTrigger dispatch,
    IOptions<SourcesOptions> options,
    IOptions<SummaryOptions> summaryOptions,
    TimeProvider time,
    ILogger<SourceRefresher> logger)
{
    public async Task<RefreshResult> RefreshAsync(int sourceId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Id == sourceId, cancellationToken);
        var health = new SourceHealth(options.Value, time);
        var fetched = await fetcher.FetchAsync(new FetchRequest(new Uri(source.Url), source.ETag, source.LastModified), cancellationToken);

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
        ParsedFeed feed;
        try
        {
            feed = parser.Parse(body.Body, body.ContentType, body.FinalUrl);
        }
        catch (FeedFormatException ex)
        {
            health.Failed(source, ex.Message, retryAfter: null);
            LogFailed(logger, source.Id, source.ConsecutiveFailures, ex.Message);
            return RefreshResult.Failure(ex.Message);
        }

        var items = feed.Items.Take(options.Value.MaxItemsPerPoll)
            .Select(item => (Item: item, Key: ArticleReader.KeyOf(item)))
            .DistinctBy(i => i.Key)
            .ToList();
        var known = await store.KnownKeysAsync(source.Id, items.Select(i => i.Key).ToList(), cancellationToken);
        var baseline = !source.BaselineTaken;
        var sourceTags = source.DefaultTags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var now = time.GetUtcNow().UtcDateTime;

        var articles = new List<Article>();
        // Feeds list newest first; storing oldest first keeps deliveries in publication order.
        foreach (var (item, key) in items.Where(i => !known.Contains(i.Key)).Reverse())
        {
            var draft = await reader.ReadAsync(item, key, sourceTags, cancellationToken);
            articles.Add(new Article
            {
                SourceId = source.Id,
                ItemKey = key,
                Url = draft.Url,
                Title = draft.Title,
                Summary = summarizer.Summarize(draft.Title, draft.Text, summaryOptions.Value.MaxChars),
                ImageUrl = draft.ImageUrl,
                PublishedUtc = draft.PublishedUtc ?? now,
                FirstSeenUtc = now,
                IsBaseline = baseline,
                Tags = draft.Tags.Select(t => new ArticleTag { Tag = t }).ToList(),
            });
        }

        var added = articles.Count > 0 ? await store.AddAsync(articles, cancellationToken) : [];
        var planned = 0;
        if (!baseline && added.Count > 0)
        {
            planned = await planner.PlanAsync(added, DeliveryPriority.News, cancellationToken);
            if (planned > 0) await dispatch.TriggerAsync(cancellationToken);
        }

        source.BaselineTaken = true;
        source.ETag = body.ETag;
        source.LastModified = body.LastModified;
        health.Succeeded(source);
        LogRefreshed(logger, source.Id, items.Count, added.Count, baseline, planned);
        return new RefreshResult(added.Count, planned, Error: null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: {Items} items, {New} new (baseline: {Baseline}), {Planned} deliveries planned")]
    private static partial void LogRefreshed(ILogger logger, int sourceId, int items, int @new, bool baseline, int planned);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed ({Attempt} in a row): {Reason}")]
    private static partial void LogFailed(ILogger logger, int sourceId, int attempt, string reason);
}
