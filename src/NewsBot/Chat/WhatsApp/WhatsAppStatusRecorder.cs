using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// Applies one status webhook to the delivery row of its wamid. Statuses come repeated and out of order, so they only
/// move forward (sent → delivered → read), and "failed" wins whenever it comes: Meta accepted the message but could not
/// deliver it, so it is not a delivery. The failure's code decides what follows, as for a refused send.
/// </summary>
public sealed partial class WhatsAppStatusRecorder(
    IDbContextFactory<NewsBotDbContext> contexts,
    WhatsAppErrorMapper errors,
    ChannelRateLimiters limiters,
    IOptions<DeliveryOptions> delivery,
    TimeProvider time,
    ILogger<WhatsAppStatusRecorder> logger)
{
    private static readonly string[] Order = ["accepted", "sent", "delivered", "read"];

    /// <summary>False when the row is not ready for it yet (still being recorded as sent): try again shortly.</summary>
    public async Task<bool> ApplyAsync(string payload, CancellationToken cancellationToken)
    {
        var status = JsonNode.Parse(payload)!;
        var id = WhatsAppWebhookItems.Text(status, "id")!;
        var state = WhatsAppWebhookItems.Text(status, "status")!;
        await using var db = contexts.CreateDbContext();
        var row = await db.Deliveries.Include(d => d.Subscriber).SingleOrDefaultAsync(d => d.ExternalMessageId == id, cancellationToken);
        if (row is null) return !IsRecent(status);
        if (row.Status == DeliveryStatus.Sending) return false;
        if (row.ExternalStatus == "failed") return true;

        if (state == "failed")
        {
            await FailAsync(db, row, Error(status), cancellationToken);
        }
        else if (Array.IndexOf(Order, state) > Array.IndexOf(Order, row.ExternalStatus))
        {
            row.ExternalStatus = state;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    private async Task FailAsync(NewsBotDbContext db, Storage.Delivery row, WhatsAppError error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var chatId = row.Subscriber!.ChatId;
        LogFailedLater(logger, row.Id, chatId, error.ToString());
        row.ExternalStatus = "failed";
        row.LastError = error.ToString();
        row.FinishedUtc = now;
        row.Status = DeliveryStatus.Failed;
        if (error.Code == WhatsAppError.WindowClosed)
        {
            // The window had closed after all: send it again, now through the template path.
            row.Subscriber.LastInboundUtc = null;
            Resend(row, now);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        switch (errors.Translate(chatId, error))
        {
            case SendOutcome.RetryLater { After: { } after }:
                limiters.For(ChannelKind.WhatsApp).PauseFor(after);
                Resend(row, now + after);
                break;
            case SendOutcome.RetryLater or SendOutcome.Deferred when row.Attempts + 1 < delivery.Value.MaxAttempts:
                row.Attempts++;
                Resend(row, now + TimeSpan.FromMinutes(Math.Pow(2, row.Attempts)));
                break;
            case SendOutcome.Rejected { DeactivateSubscriber: true } rejected:
                await db.SaveChangesAsync(cancellationToken);
                await SubscriberChanges.DeactivateAsync(db, new Dictionary<long, string> { [row.SubscriberId] = rejected.Reason }, now, cancellationToken);
                return;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Resend(Storage.Delivery row, DateTime due)
    {
        row.Status = DeliveryStatus.Pending;
        row.DueUtc = due;
        row.FinishedUtc = null;
        row.ExternalMessageId = null;
        row.ExternalStatus = null;
    }

    private static WhatsAppError Error(JsonNode status)
    {
        var error = status["errors"]?[0];
        var code = error?["code"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : 0;
        var message = WhatsAppWebhookItems.Text(error, "message") ?? WhatsAppWebhookItems.Text(error, "title") ?? "failed without a reason";
        return new WhatsAppError(code, message, 200);
    }

    // A status whose wamid is unknown may belong to a send whose row is a moment from being recorded; after a minute it
    // is about something else (a command's reply), and dropped.
    private bool IsRecent(JsonNode status) =>
        long.TryParse(WhatsAppWebhookItems.Text(status, "timestamp"), out var seconds)
        && time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) < TimeSpan.FromMinutes(1);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp reported delivery {DeliveryId} to {ChatId} failed after accepting it: {Reason}")]
    private static partial void LogFailedLater(ILogger logger, long deliveryId, string chatId, string reason);
}
