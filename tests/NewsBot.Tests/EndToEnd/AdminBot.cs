using System.Text.Json.Nodes;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>Shared pieces of the admin end-to-end tests: staff ids, the bot's settings, and reading buttons off the fake.</summary>
internal static class AdminBot
{
    public const long Owner = 5001;
    public const long Admin = 5002;
    public const long Citizen = 7001;

    public static Dictionary<string, string?> Settings(BotDatabase database, FakeTelegramServer telegram) => new(telegram.BotSettings())
    {
        ["Storage:Provider"] = database.Provider,
        ["Storage:ConnectionString"] = database.ConnectionString,
        ["Admins:Telegram:Owners:0"] = Owner.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Admins:Telegram:Admins:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
        ["Scheduling:DispatchInterval"] = "00:00:00.500",
        ["Fetching:Timeout"] = "00:00:05",
    };

    /// <summary>The callback data of the inline buttons of a sent message, row by row flattened.</summary>
    public static List<string> ButtonCommands(SentMessage message) =>
        message.ReplyMarkupJson is null
            ? []
            : JsonNode.Parse(message.ReplyMarkupJson)!["inline_keyboard"]!.AsArray()
                .SelectMany(row => row!.AsArray()).Select(button => button!["callback_data"]!.GetValue<string>()).ToList();

    /// <summary>Waits for a condition on the fake that the bot reaches on its own (menus are published at start).</summary>
    public static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }
}
