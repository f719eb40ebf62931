using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>
/// Who a broadcast reaches: the active subscribers of its topic, or of any topic when it is for everyone. A chat that
/// left every topic (STOP) has asked for nothing more and is never included, not even for an urgent notice.
/// </summary>
public sealed partial class BroadcastAudience(
    IDbContextFactory<NewsBotDbContext> contexts,
    IOptions<BroadcastOptions> options,
    TimeProvider time,
    ILogger<BroadcastAudience> logger)
{
    /// <summary>How many chats a broadcast to <paramref name="tag"/> (null: everyone) would reach now, per channel.</summary>
    public async Task<IReadOnlyDictionary<ChannelKind, int>> CountAsync(string? tag, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Subscribers
            .Where(s => s.State == SubscriberState.Active && s.Tags.Any(t => tag == null || t.Tag == tag))
            .GroupBy(s => s.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Channel, g => g.Count, cancellationToken);
    }

    /// <summary>
    /// Writes one outbox row per target chat, a window of subscriber ids at a time: each insert is short, so the
    /// dispatcher sends the first rows while the rest are planned, and 100,000 chats never sit in memory. The unique
    /// (article, subscriber) index makes running it again after a crash harmless. <paramref name="afterBatch"/> runs
    /// after every window that planned something.
    /// </summary>
    public async Task<int> PlanAsync(
        long articleId, string? tag, int priority, Func<CancellationToken, Task> afterBatch, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var lastId = await db.Subscribers.MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0;
        var window = options.Value.PlanningBatchSize;
        var planned = 0;
        for (long from = 0; from < lastId; from += window)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await InsertWindowAsync(db, articleId, tag, priority, from, from + window, now, cancellationToken);
            // An ordinary broadcast waits for quiet hours to end like any news; an urgent notice does not (see DeliveryTiming).
            if (rows > 0) await DeliveryTiming.ApplyAsync(db, articleId, priority, now, cancellationToken, joinDigests: false);
            await transaction.CommitAsync(cancellationToken);
            planned += rows;
            if (rows > 0) await afterBatch(cancellationToken);
        }

        LogPlanned(logger, articleId, planned);
        return planned;
    }

    private Task<int> InsertWindowAsync(
        NewsBotDbContext db, long articleId, string? tag, int priority, long afterId, long upToId, DateTime now, CancellationToken cancellationToken)
    {
        var active = nameof(SubscriberState.Active);
        var pending = (int)DeliveryStatus.Pending;
        return tag is null
            ? db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Deliveries" ("ArticleId", "SubscriberId", "Priority", "Status", "DueUtc", "Attempts", "CreatedUtc")
                SELECT {articleId}, s."Id", {priority}, {pending}, {now}, 0, {now}
                FROM "Subscribers" s
                WHERE s."Id" > {afterId} AND s."Id" <= {upToId} AND s."State" = {active}
                  AND EXISTS (SELECT 1 FROM "SubscriberTags" st WHERE st."SubscriberId" = s."Id")
                ON CONFLICT ("ArticleId", "SubscriberId") DO NOTHING
                """, cancellationToken)
            : db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Deliveries" ("ArticleId", "SubscriberId", "Priority", "Status", "DueUtc", "Attempts", "CreatedUtc")
                SELECT {articleId}, s."Id", {priority}, {pending}, {now}, 0, {now}
                FROM "Subscribers" s
                WHERE s."Id" > {afterId} AND s."Id" <= {upToId} AND s."State" = {active}
                  AND EXISTS (SELECT 1 FROM "SubscriberTags" st WHERE st."SubscriberId" = s."Id" AND st."Tag" = {tag})
                ON CONFLICT ("ArticleId", "SubscriberId") DO NOTHING
                """, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Count} deliveries for broadcast article {ArticleId}")]
    private static partial void LogPlanned(ILogger logger, long articleId, int count);
}
