using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// Webhook mode: <c>setWebhook</c> recorded (and refused on request), <c>getUpdates</c> refused with 409 while a
/// webhook is set as Telegram does, and updates built in Telegram's shape for a test to post to the bot itself.
/// </summary>
public sealed partial class FakeTelegramServer
{
    private readonly List<WebhookRegistration> _webhooks = [];
    private int _setWebhookFailures;
    private long _nextWebhookUpdateId = 700_000_001;
    private bool _webhookIsSet;

    /// <summary>One accepted <c>setWebhook</c> call.</summary>
    public sealed record WebhookRegistration(string Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates, bool DropPendingUpdates);

    /// <summary>Accepted <c>setWebhook</c> calls, oldest first (a snapshot).</summary>
    public IReadOnlyList<WebhookRegistration> Webhooks
    {
        get
        {
            lock (_gate)
            {
                return [.. _webhooks];
            }
        }
    }

    private bool WebhookIsSet
    {
        get
        {
            lock (_gate)
            {
                return _webhookIsSet;
            }
        }
    }

    /// <summary>Makes the next <paramref name="times"/> <c>setWebhook</c> calls fail with 500, as during an outage.</summary>
    public void FailNextSetWebhook(int times) => Interlocked.Exchange(ref _setWebhookFailures, times);

    /// <summary>Waits until <c>setWebhook</c> has been accepted <paramref name="count"/> times.</summary>
    public async Task<WebhookRegistration> WaitForWebhookAsync(TimeSpan timeout, int count = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Webhooks is { } webhooks && webhooks.Count >= count) return webhooks[count - 1];
            await Task.Delay(50);
        }

        throw new TimeoutException($"setWebhook was accepted {Webhooks.Count} time(s) within {timeout}, not {count} (calls: {RequestCount("setWebhook")}).");
    }

    /// <summary>A <c>message</c> update with an <c>update_id</c> of its own, to post to the bot's webhook.</summary>
    public JsonObject WebhookMessage(long chatId, string text, string? languageCode = "id", string chatType = "private") =>
        WithUpdateId(MessageUpdate(chatId, text, languageCode, chatType, fromId: null));

    /// <summary>A <c>callback_query</c> update (a press on a button of <paramref name="messageId"/>), to post to the bot's webhook.</summary>
    public JsonObject WebhookButtonPress(long chatId, string data, int messageId) =>
        WithUpdateId(ButtonPressUpdate(chatId, data, messageId, fromId: null, languageCode: "id"));

    private JsonObject WithUpdateId(JsonObject update)
    {
        // Placed first, as Telegram writes it.
        var withId = new JsonObject { ["update_id"] = Interlocked.Increment(ref _nextWebhookUpdateId) };
        foreach (var (key, value) in update.ToList())
        {
            update.Remove(key);
            withId[key] = value;
        }

        return withId;
    }

    private async Task SetWebhookAsync(HttpContext context, TelegramArgs args)
    {
        if (Interlocked.Decrement(ref _setWebhookFailures) >= 0)
        {
            await TelegramReply.ErrorAsync(context, 500, "Internal Server Error");
            return;
        }

        var url = args.String("url");
        if (string.IsNullOrEmpty(url))
        {
            // Telegram reads an empty url as "remove the webhook".
            RemoveWebhook();
            await TelegramReply.OkAsync(context, true);
            return;
        }

        var allowed = args.Json("allowed_updates") is JsonArray list ? list.Select(u => u?.GetValue<string>() ?? "").ToList() : null;
        lock (_gate)
        {
            _webhooks.Add(new WebhookRegistration(url, args.String("secret_token"), allowed, args.Bool("drop_pending_updates")));
            _webhookIsSet = true;
        }

        await TelegramReply.OkAsync(context, true);
    }

    private void RemoveWebhook()
    {
        lock (_gate)
        {
            _webhookIsSet = false;
        }
    }
}
