using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>What a channel's answer means for the subscriber: a chat that is gone, or a group with a new id.</summary>
internal static class SubscriberChanges
{
    public static async Task DeactivateAsync(
        NewsBotDbContext db, IReadOnlyDictionary<long, string> reasons, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var (subscriberId, reason) in reasons)
        {
            await db.Subscribers.Where(s => s.Id == subscriberId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.State, SubscriberState.Inactive).SetProperty(x => x.StateReason, reason)
                .SetProperty(x => x.UpdatedUtc, now), cancellationToken);
            await db.Deliveries.Where(d => d.SubscriberId == subscriberId && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Held))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, DeliveryStatus.Cancelled).SetProperty(d => d.FinishedUtc, now)
                    .SetProperty(d => d.LastError, "The subscriber was deactivated: " + reason), cancellationToken);
        }
    }

    public static async Task MigrateAsync(
        NewsBotDbContext db,
        IReadOnlyDictionary<long, string> newChatIds,
        IReadOnlyDictionary<long, ClaimedDelivery> batch,
        DateTime now,
        CancellationToken cancellationToken)
    {
        foreach (var (subscriberId, newChatId) in newChatIds)
        {
            var channel = batch.Values.First(d => d.SubscriberId == subscriberId).Channel;
            var alreadyThere = await db.Subscribers.AnyAsync(s => s.Channel == channel && s.ChatId == newChatId, cancellationToken);
            if (alreadyThere)
            {
                // The supergroup subscribed on its own already; keep that one and retire the old id.
                await DeactivateAsync(db, new Dictionary<long, string> { [subscriberId] = $"Moved to chat {newChatId}." }, now, cancellationToken);
                continue;
            }

            await db.Subscribers.Where(s => s.Id == subscriberId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.ChatId, newChatId).SetProperty(x => x.UpdatedUtc, now), cancellationToken);
        }
    }
}
