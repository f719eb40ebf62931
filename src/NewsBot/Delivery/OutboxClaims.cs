using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Takes due outbox rows under a lease, most urgent first, and gives back the rows a dead process held.</summary>
public sealed class OutboxClaims(IDbContextFactory<NewsBotDbContext> contexts, IOptions<DeliveryOptions> options, TimeProvider time)
{
    /// <summary>Claims up to <paramref name="limit"/> due rows. <paramref name="minimumPriority"/> restricts to urgent ones.</summary>
    public async Task<List<ClaimedDelivery>> ClaimAsync(int limit, int minimumPriority, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var ids = await db.Deliveries
            .Where(d => d.Priority >= minimumPriority
                        && ((d.Status == DeliveryStatus.Pending && d.DueUtc <= now)
                            || (d.Status == DeliveryStatus.Sending && d.LeaseUntilUtc < now)))
            .OrderByDescending(d => d.Priority).ThenBy(d => d.DueUtc).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0) return [];

        var leaseUntil = now + options.Value.LeaseDuration;
        await db.Deliveries.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Sending).SetProperty(d => d.LeaseUntilUtc, leaseUntil),
            cancellationToken);

        return await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .OrderByDescending(d => d.Priority).ThenBy(d => d.DueUtc).ThenBy(d => d.Id)
            .Select(d => new ClaimedDelivery(
                d.Id, d.ArticleId, d.Priority, d.Attempts, d.SubscriberId, d.Subscriber!.Channel, d.Subscriber.ChatId,
                d.Subscriber.Language, d.Subscriber.State, d.Article!.Title, d.Article.Summary, d.Article.Url,
                d.Article.Tags.Select(t => t.Tag).ToList()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Returns every claimed row to the outbox: the process that claimed them is gone.</summary>
    public async Task<int> ReleaseAllClaimsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Deliveries.Where(d => d.Status == DeliveryStatus.Sending).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.LeaseUntilUtc, (DateTime?)null),
            cancellationToken);
    }
}
