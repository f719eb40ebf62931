using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>Counts a broadcast's outbox rows by outcome; the same rows the dispatcher works on, so the report is the truth.</summary>
public sealed class BroadcastProgress(IDbContextFactory<NewsBotDbContext> contexts)
{
    public async Task<BroadcastCounts> CountAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = db.Deliveries.Where(d => d.ArticleId == articleId);
        var byStatus = await rows.GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        // Not sent because the chat is gone, whether it went before its turn (cancelled) or on its turn (failed).
        var blocked = await rows.CountAsync(
            d => (d.Status == DeliveryStatus.Failed || d.Status == DeliveryStatus.Cancelled) && d.Subscriber!.State == SubscriberState.Inactive,
            cancellationToken);
        int Count(DeliveryStatus status) => byStatus.GetValueOrDefault(status);
        return new BroadcastCounts(
            Planned: byStatus.Values.Sum(),
            Sent: Count(DeliveryStatus.Sent),
            Failed: Count(DeliveryStatus.Failed) + Count(DeliveryStatus.Cancelled) - blocked,
            Blocked: blocked,
            Waiting: Count(DeliveryStatus.Pending) + Count(DeliveryStatus.Sending),
            Stopped: Count(DeliveryStatus.Withdrawn));
    }
}
