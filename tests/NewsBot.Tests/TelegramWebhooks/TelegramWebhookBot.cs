using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.TelegramWebhooks;

/// <summary>The settings of a bot that receives Telegram updates by webhook from the fake Bot API server.</summary>
public static class TelegramWebhookBot
{
    public const string Url = "https://bot.example.go.id/webhooks/telegram";
    public const string Secret = "webhook-test_Secret-0123456789";

    public static Dictionary<string, string?> Settings(FakeTelegramServer telegram, BotDatabase database) => new(telegram.BotSettings())
    {
        ["Storage:Provider"] = database.Provider,
        ["Storage:ConnectionString"] = database.ConnectionString,
        ["Sample:Enabled"] = "false",
        ["Telegram:UseLongPolling"] = "false",
        ["Telegram:WebhookUrl"] = Url,
        ["Telegram:WebhookSecret"] = Secret,
    };

    public static Task<RunningBot> StartAsync(FakeTelegramServer telegram, BotDatabase database) =>
        RunningBot.StartAsync(Settings(telegram, database));
}
