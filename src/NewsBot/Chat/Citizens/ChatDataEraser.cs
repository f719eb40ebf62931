using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Storage;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// Finds and erases everything the bot holds about one chat (UU PDP No. 27/2022): the subscriber row with its topics,
/// the deliveries made to it, its refused attempts at admin commands in the audit log, and on WhatsApp the stored inbound
/// webhook items from or about that number.
/// </summary>
public static class ChatDataEraser
{
    /// <summary>The WhatsApp inbound items that name the number: messages from it, statuses of messages to it, its preferences.</summary>
    public static async Task<List<WhatsAppInbound>> WhatsAppItemsAsync(NewsBotDbContext db, ChannelKind channel, string chatId, CancellationToken cancellationToken)
    {
        if (channel != ChannelKind.WhatsApp) return [];
        // The database narrows by the number anywhere in the JSON; the JSON itself says whether it is this chat's.
        var candidates = await db.WhatsAppInbound.Where(i => i.Payload.Contains(chatId)).ToListAsync(cancellationToken);
        return [.. candidates.Where(i => Names(i.Payload, chatId))];
    }

    public static async Task EraseAsync(NewsBotDbContext db, Subscriber? subscriber, ChannelKind channel, string chatId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (subscriber is not null)
        {
            await db.Deliveries.Where(d => d.SubscriberId == subscriber.Id).ExecuteDeleteAsync(cancellationToken);
            db.Subscribers.Remove(subscriber);
        }

        // A citizen's refused attempts at admin commands were logged with their id (without their words); the staff's
        // own actions stay in the audit log, which is the newsroom's record, not the citizen's data.
        await db.AuditEntries
            .Where(a => a.Channel == channel && a.SenderId == chatId && a.Outcome == NewsBot.Chat.Admin.Staff.AuditLog.RefusedOutcome)
            .ExecuteDeleteAsync(cancellationToken);

        foreach (var item in await WhatsAppItemsAsync(db, channel, chatId, cancellationToken))
        {
            if (item.ProcessedUtc is not null)
            {
                db.WhatsAppInbound.Remove(item);
            }
            else
            {
                // Still being worked on (the very message asking for the erasure): its content goes now, and the row
                // itself, which only keeps Meta's message id against redeliveries, goes with the inbox's clean-up.
                item.Payload = "{}";
                item.LastError = null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static bool Names(string payload, string chatId)
    {
        try
        {
            var item = JsonNode.Parse(payload);
            return new[] { "from", "recipient_id", "wa_id" }.Any(field => item?[field] is JsonValue value
                && value.TryGetValue<string>(out var text) && text == chatId);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
