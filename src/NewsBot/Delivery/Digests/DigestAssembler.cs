using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery.Digests;

/// <summary>
/// Turns each subscriber's held rows whose digest time has come into one digest: in one transaction the newest row
/// becomes the carrier (pending, digest priority, due now) and every row, the carrier included, points at it. The
/// dispatcher then sends the carrier like any outbox row (rate limits, retries, blocked chats), and the rows it carries
/// finish together with it. A crash before the commit leaves the rows held for the next run; after it, the outbox's
/// own guarantees apply.
/// </summary>
public sealed partial class DigestAssembler(
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<DigestAssembler> logger)
{
    private const int SubscribersPerRun = 1_000;

    /// <summary>Assembles the due digests; returns how many are now waiting in the outbox.</summary>
    public async Task<int> AssembleDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var subscriberIds = await DueHeld(db, now).Select(d => d.SubscriberId).Distinct()
            .Take(SubscribersPerRun).ToListAsync(cancellationToken);

        var assembled = 0;
        foreach (var subscriberId in subscriberIds)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await DueHeld(db, now).Where(d => d.SubscriberId == subscriberId)
                .Select(d => d.Id).ToListAsync(cancellationToken);
            if (ids.Count == 0) continue;

            var carrierId = ids.Max();
            await db.Deliveries.Where(d => ids.Contains(d.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DigestId, carrierId), cancellationToken);
            await db.Deliveries.Where(d => d.Id == carrierId).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Pending)
                .SetProperty(d => d.Priority, DeliveryPriority.Digest)
                .SetProperty(d => d.DueUtc, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogAssembled(logger, subscriberId, ids.Count);
            assembled++;
        }

        return assembled;
    }

    private static IQueryable<Storage.Delivery> DueHeld(NewsBotDbContext db, DateTime now) =>
        db.Deliveries.Where(d => d.Status == DeliveryStatus.Held && d.DigestId == null && d.DueUtc <= now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for subscriber {SubscriberId} assembled from {Count} articles")]
    private static partial void LogAssembled(ILogger logger, long subscriberId, int count);
}
