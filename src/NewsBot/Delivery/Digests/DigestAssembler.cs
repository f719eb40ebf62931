using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery.Digests;

/// <summary>
/// Turns each subscriber's held rows whose digest time has come into one digest: the newest row becomes the carrier
/// (pending, digest priority, due now) and every row, the carrier included, points at it. Two set-based statements in
/// one transaction, so 18:00 WIB for a hundred thousand subscribers is no loop over them, and a crash leaves either
/// nothing or every digest assembled. The dispatcher then sends each carrier like any outbox row (rate limits, retries,
/// blocked chats), and the rows it carries finish together with it.
/// </summary>
public sealed partial class DigestAssembler(
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<DigestAssembler> logger)
{
    /// <summary>Assembles the due digests; returns how many are now waiting in the outbox.</summary>
    public async Task<int> AssembleDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The carrier is the highest Id among the subscriber's due held rows. The subquery does not look at DigestId,
        // so its answer stays the same while the statement fills DigestId in, whatever order the rows are updated in.
        var folded = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Held && d.DigestId == null && d.DueUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(
                d => d.DigestId,
                d => db.Deliveries
                    .Where(h => h.SubscriberId == d.SubscriberId && h.Status == DeliveryStatus.Held && h.DueUtc <= now)
                    .Max(h => (long?)h.Id)), cancellationToken);
        if (folded == 0) return 0;

        var digests = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Held && d.DigestId == d.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Pending)
                .SetProperty(d => d.Priority, DeliveryPriority.Digest)
                .SetProperty(d => d.DueUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogAssembled(logger, digests, folded);
        return digests;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembled {Count} digests from {Articles} held deliveries")]
    private static partial void LogAssembled(ILogger logger, int count, int articles);
}
