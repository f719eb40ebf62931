using NewsBot.Configuration;

namespace NewsBot.Delivery.Telegram;

public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The token from @BotFather. Empty: NewsBot runs without Telegram, on the console channel.</summary>
    [Secret]
    public string? BotToken { get; set; }

    /// <summary>A self-hosted Bot API server or a test server; empty means Telegram's own (https://api.telegram.org).</summary>
    [HttpUrl("http://127.0.0.1:8081")]
    public string? ApiBaseUrl { get; set; }

    /// <summary>The bot's @username without the @, for t.me deep links; empty: asked from Telegram (getMe) when needed.</summary>
    public string? BotUsername { get; set; }

    /// <summary>
    /// Receive commands by long polling getUpdates: one consumer per bot, so one instance. Off: Telegram posts updates
    /// to <see cref="WebhookUrl"/>, which any number of instances behind a load balancer can answer.
    /// </summary>
    public bool UseLongPolling { get; set; } = true;

    /// <summary>
    /// The public https:// address Telegram posts updates to with long polling off, e.g.
    /// https://bot.example.go.id/webhooks/telegram; the reverse proxy passes it on to this app's /webhooks/telegram.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Given to Telegram with setWebhook; Telegram sends it back in X-Telegram-Bot-Api-Secret-Token on every update, and
    /// a POST without it is refused. 1–256 of A–Z, a–z, 0–9, _ and -.
    /// </summary>
    [Secret]
    public string? WebhookSecret { get; set; }

    /// <summary>Chats whose messages are answered as an admin's (not used by the foundation's commands yet).</summary>
    public long[] AdminChatIds { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>Updates come by webhook: a token is set and long polling is off.</summary>
    public bool UsesWebhook => IsConfigured && !UseLongPolling;

    /// <summary>
    /// Whether a token is set, read while services are registered. The section is not bound for it: a bad value
    /// elsewhere in it would throw there, before the start-up check can name it.
    /// </summary>
    public static bool IsConfiguredIn(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:{nameof(BotToken)}"]);

    /// <summary>Like <see cref="IsConfiguredIn"/>; a value that is not true or false is reported on start.</summary>
    public static bool UsesLongPollingIn(IConfiguration configuration) =>
        !bool.TryParse(configuration[$"{SectionName}:{nameof(UseLongPolling)}"], out var useLongPolling) || useLongPolling;

    /// <summary>Like <see cref="UsesWebhook"/>, read while services are registered and endpoints mapped.</summary>
    public static bool UsesWebhookIn(IConfiguration configuration) => IsConfiguredIn(configuration) && !UsesLongPollingIn(configuration);
}
