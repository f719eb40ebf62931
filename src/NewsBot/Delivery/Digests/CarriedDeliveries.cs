using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery.Digests;

/// <summary>
/// The rows a digest carries end as their carrier ends: sent, failed or cancelled, in the same transaction that records
/// the carrier, so a digest is never half recorded.
/// </summary>
public static class CarriedDeliveries
{
    public static async Task FollowCarriersAsync(NewsBotDbContext db, IReadOnlyCollection<long> carrierIds, CancellationToken cancellationToken)
    {
        if (carrierIds.Count == 0) return;
        var finished = await db.Deliveries.AsNoTracking()
            .Where(d => carrierIds.Contains(d.Id)
                        && (d.Status == DeliveryStatus.Sent || d.Status == DeliveryStatus.Failed || d.Status == DeliveryStatus.Cancelled))
            .Select(d => new { d.Id, d.Status, d.FinishedUtc, d.LastError })
            .ToListAsync(cancellationToken);
        foreach (var carrier in finished)
        {
            await db.Deliveries.Where(d => d.DigestId == carrier.Id && d.Id != carrier.Id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, carrier.Status)
                .SetProperty(d => d.FinishedUtc, carrier.FinishedUtc)
                .SetProperty(d => d.LastError, carrier.LastError), cancellationToken);
        }
    }
}
