using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Matching;

/// <summary>
/// Gives the rows just planned for one article the subscriber's timing: held until the daily digest, or due at the end
/// of the quiet hours. Only subscribers with such a setting are read, and urgent notices are never delayed. Runs in
/// the planner's transaction, so the dispatcher never sees a row before its timing is set.
/// </summary>
public static class DeliveryTiming
{
    private const int PageSize = 500;

    /// <param name="joinDigests">
    /// False for an admin's broadcast: their own words are sent whole as one message, so a digest subscriber gets it on
    /// its own (after their quiet hours) instead of as one line of the digest.
    /// </param>
    public static async Task<int> ApplyAsync(
        NewsBotDbContext db, long articleId, int priority, DateTime plannedUtc, CancellationToken cancellationToken, bool joinDigests = true)
    {
        if (priority >= DeliveryPriority.Urgent) return 0;

        var changed = 0;
        var afterId = 0L;
        while (true)
        {
            // A page at a time: a broadcast to many digest subscribers never sits in memory whole.
            var rows = await db.Deliveries.AsNoTracking()
                .Where(d => d.ArticleId == articleId && d.Id > afterId && d.Status == DeliveryStatus.Pending && d.CreatedUtc == plannedUtc
                            && ((joinDigests && d.Subscriber!.DailyDigest) || d.Subscriber!.QuietFrom != null))
                .OrderBy(d => d.Id)
                .Take(PageSize)
                .Select(d => new
                {
                    d.Id, d.Subscriber!.DailyDigest, d.Subscriber.DigestTime, d.Subscriber.TimeZone, d.Subscriber.QuietFrom,
                    d.Subscriber.QuietUntil,
                })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0) return changed;
            afterId = rows[^1].Id;

            var changes = new List<(long Id, DeliveryStatus Status, DateTime DueUtc)>();
            foreach (var row in rows)
            {
                if (joinDigests && row.DailyDigest)
                {
                    changes.Add((row.Id, DeliveryStatus.Held, SubscriberClock.NextDigestUtc(plannedUtc, row.DigestTime, row.TimeZone)));
                }
                else if (row is { QuietFrom: { } from, QuietUntil: { } until }
                         && SubscriberClock.QuietUntilUtc(plannedUtc, from, until, row.TimeZone) is { } quietEnd)
                {
                    changes.Add((row.Id, DeliveryStatus.Pending, quietEnd));
                }
            }

            // Subscribers in one zone with one setting share a target, so a page needs few statements.
            foreach (var group in changes.GroupBy(c => (c.Status, c.DueUtc)))
            {
                var ids = group.Select(c => c.Id).ToList();
                await db.Deliveries.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Status, group.Key.Status).SetProperty(d => d.DueUtc, group.Key.DueUtc),
                    cancellationToken);
            }

            changed += changes.Count;
        }
    }
}
