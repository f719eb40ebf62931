using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Matching;

/// <summary>
/// Writes one outbox row per active subscriber whose tags meet the article's, and per active all-topics subscriber (the
/// newsroom's own channels). One set-based statement per article: the database streams the join, so the subscriber
/// table is never held in memory, and the unique index on (article, subscriber) makes planning the same article twice
/// harmless.
/// </summary>
public sealed partial class DeliveryPlanner(
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<DeliveryPlanner> logger)
{
    private static readonly TimeSpan PlanningTimeout = TimeSpan.FromMinutes(10);

    public async Task<int> PlanAsync(IReadOnlyCollection<long> articleIds, int priority, CancellationToken cancellationToken)
    {
        var planned = 0;
        await using var db = contexts.CreateDbContext();
        // One statement writes a row per subscriber: its time grows with the audience (about a minute for a million on
        // a small PostgreSQL server), far past the usual 30 s allowed a command.
        db.Database.SetCommandTimeout(PlanningTimeout);
        foreach (var articleId in articleIds)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var active = nameof(SubscriberState.Active);
            var pending = (int)DeliveryStatus.Pending;
            // Digest and quiet-hours timing is set before the rows become visible to the dispatcher.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Deliveries" ("ArticleId", "SubscriberId", "Priority", "Status", "DueUtc", "Attempts", "CreatedUtc")
                SELECT {articleId}, s."Id", {priority}, {pending}, {now}, 0, {now}
                FROM "Subscribers" s
                JOIN "SubscriberTags" st ON st."SubscriberId" = s."Id"
                JOIN "ArticleTags" t ON t."Tag" = st."Tag"
                WHERE t."ArticleId" = {articleId} AND s."State" = {active}
                UNION
                SELECT {articleId}, s."Id", {priority}, {pending}, {now}, 0, {now}
                FROM "Subscribers" s
                WHERE s."AllTopics" = {true} AND s."State" = {active}
                ON CONFLICT ("ArticleId", "SubscriberId") DO NOTHING
                """, cancellationToken);
            await DeliveryTiming.ApplyAsync(db, articleId, priority, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogPlanned(logger, articleId, rows);
            planned += rows;
        }

        return planned;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Count} deliveries for article {ArticleId}")]
    private static partial void LogPlanned(ILogger logger, long articleId, int count);
}
