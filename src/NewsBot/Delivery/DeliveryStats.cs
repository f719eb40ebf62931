using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Counts of the outbox by state: per article (one broadcast) and for a recent period.</summary>
public sealed class DeliveryStats(IDbContextFactory<NewsBotDbContext> contexts, TimeProvider time)
{
    public async Task<DeliveryCounts> ForArticleAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await CountAsync(db.Deliveries.Where(d => d.ArticleId == articleId), cancellationToken);
    }

    /// <summary>Deliveries planned within the last <paramref name="period"/>, e.g. 24 hours.</summary>
    public async Task<DeliveryCounts> RecentAsync(TimeSpan period, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().UtcDateTime - period;
        await using var db = contexts.CreateDbContext();
        return await CountAsync(db.Deliveries.Where(d => d.CreatedUtc >= since), cancellationToken);
    }

    private static async Task<DeliveryCounts> CountAsync(IQueryable<Storage.Delivery> deliveries, CancellationToken cancellationToken)
    {
        var byStatus = await deliveries.GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        int Count(DeliveryStatus status) => byStatus.GetValueOrDefault(status);
        return new DeliveryCounts(
            Planned: byStatus.Values.Sum(),
            Sent: Count(DeliveryStatus.Sent),
            Failed: Count(DeliveryStatus.Failed),
            Waiting: Count(DeliveryStatus.Pending) + Count(DeliveryStatus.Sending) + Count(DeliveryStatus.Held),
            Cancelled: Count(DeliveryStatus.Cancelled),
            Stopped: Count(DeliveryStatus.Withdrawn));
    }
}
