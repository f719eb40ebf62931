using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// Carries out one inbound WhatsApp message: text, or the id of a chosen list row or button, becomes a
/// <see cref="ChatCommand"/> for the one command handler, and its answer goes back as text, reply buttons or a list
/// (the topic picker). Any message opens the user's 24-hour window, so news held for them is made due at once.
/// </summary>
public sealed partial class WhatsAppMessageHandler(
    CommandRouter commands,
    WhatsAppReplySender replies,
    ReplyQueue replyQueue,
    IDbContextFactory<NewsBotDbContext> contexts,
    IDispatchNow dispatch,
    TimeProvider time,
    ILogger<WhatsAppMessageHandler> logger)
{
    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var message = JsonNode.Parse(payload)!;
        if (WhatsAppWebhookItems.Text(message, "from") is not { Length: > 0 } from) return;

        if (ChatCommand.FromText(ChannelKind.WhatsApp, from, CommandText(message)) is { } command)
        {
            command = command with { FromButton = WhatsAppWebhookItems.Text(message, "type") is "interactive" or "button" };
            // The answer's place is held before the command runs: what the command sets off (a broadcast's report) comes after it.
            var place = replyQueue.HoldPlace(ReplyQueue.ChatKey(ChannelKind.WhatsApp, from));
            ChatReply reply;
            string language;
            try
            {
                reply = await commands.HandleAsync(command, cancellationToken);
                language = await LanguageOfAsync(from, cancellationToken);
            }
            catch
            {
                replyQueue.Release(place);
                throw;
            }

            // The command has taken effect; its answer waits for its turn without holding up the next message.
            await replyQueue.EnqueueAsync(place, ct => replies.SendAsync(from, reply, language, ct), cancellationToken);
        }

        await RecordInboundAsync(from, SentAt(message), cancellationToken);
    }

    /// <summary>
    /// A user who stops marketing messages in WhatsApp has told us to stop sending news: their topics are removed as if
    /// they had written STOP, through the same handler, but without an answer they did not ask for.
    /// </summary>
    public async Task HandlePreferenceAsync(string payload, CancellationToken cancellationToken)
    {
        var preference = JsonNode.Parse(payload)!;
        if (WhatsAppWebhookItems.Text(preference, "category") != "marketing_messages"
            || WhatsAppWebhookItems.Text(preference, "value") != "stop"
            || WhatsAppWebhookItems.Text(preference, "wa_id") is not { Length: > 0 } waId) return;

        await commands.HandleAsync(new ChatCommand(ChannelKind.WhatsApp, waId, "stop", "STOP", []) { SenderId = waId }, cancellationToken);
        LogMarketingStopped(logger, waId);
    }

    /// <summary>What the user meant: the text they typed, or the id of the row or button they chose (ids are commands).</summary>
    private static string? CommandText(JsonNode message) => WhatsAppWebhookItems.Text(message, "type") switch
    {
        "text" => WhatsAppWebhookItems.Text(message["text"], "body"),
        "interactive" => WhatsAppWebhookItems.Text(message["interactive"]?["list_reply"], "id")
                         ?? WhatsAppWebhookItems.Text(message["interactive"]?["button_reply"], "id"),
        "button" => WhatsAppWebhookItems.Text(message["button"], "payload") ?? WhatsAppWebhookItems.Text(message["button"], "text"),
        _ => null,
    };

    private async Task<string> LanguageOfAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Subscribers.Where(s => s.Channel == ChannelKind.WhatsApp && s.ChatId == chatId)
            .Select(s => s.Language).FirstOrDefaultAsync(cancellationToken) ?? "id";
    }

    private DateTime SentAt(JsonNode message)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!long.TryParse(WhatsAppWebhookItems.Text(message, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return now;
        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        // The window runs from when the user wrote, but never from a clock ahead of ours.
        return sent > now ? now : sent;
    }

    private async Task RecordInboundAsync(string chatId, DateTime sentUtc, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.Channel == ChannelKind.WhatsApp && s.ChatId == chatId, cancellationToken);
        if (subscriber is null) return;
        if (subscriber.LastInboundUtc is null || subscriber.LastInboundUtc < sentUtc) subscriber.LastInboundUtc = sentUtc;
        subscriber.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);

        // News held while the window was closed can go now, as ordinary text.
        var released = await db.Deliveries
            .Where(d => d.SubscriberId == subscriber.Id && d.Status == DeliveryStatus.Pending && d.DueUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DueUtc, now), cancellationToken);
        if (released > 0) await dispatch.TriggerAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp chat {ChatId} stopped marketing messages; unsubscribed from every topic")]
    private static partial void LogMarketingStopped(ILogger logger, string chatId);
}
