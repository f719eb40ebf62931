using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery.Digests;

/// <summary>
/// Keeps the rows waiting for a digest in step with the subscriber's settings: a new hour or zone moves them to the new
/// digest time; leaving digest mode makes them due at once, so they go out together as one last digest.
/// </summary>
public static class HeldDeliveries
{
    public static Task<int> RescheduleAsync(NewsBotDbContext db, Subscriber subscriber, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var due = subscriber.DailyDigest ? SubscriberClock.NextDigestUtc(nowUtc, subscriber.DigestTime, subscriber.TimeZone) : nowUtc;
        return db.Deliveries
            .Where(d => d.SubscriberId == subscriber.Id && d.Status == DeliveryStatus.Held && d.DigestId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DueUtc, due), cancellationToken);
    }

    public static Task<int> CountAsync(NewsBotDbContext db, long subscriberId, CancellationToken cancellationToken) =>
        db.Deliveries.CountAsync(d => d.SubscriberId == subscriberId && d.Status == DeliveryStatus.Held && d.DigestId == null, cancellationToken);
}
