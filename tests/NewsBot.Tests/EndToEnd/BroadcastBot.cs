using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The real bot against the fake Bot API with one Telegram admin, for the broadcast tests: seeds subscribers straight
/// into its database and drives the admin's chat (type, press a button, wait for an answer).
/// </summary>
public sealed partial class BroadcastBot : IAsyncDisposable
{
    public const long Admin = 500;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly BotDatabase database = new();

    private BroadcastBot(FakeTelegramServer telegram) => Telegram = telegram;

    public FakeTelegramServer Telegram { get; }

    public RunningBot Bot { get; private set; } = null!;

    public static async Task<BroadcastBot> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var harness = new BroadcastBot(await FakeTelegramServer.StartAsync());
        var all = new Dictionary<string, string?>(harness.Telegram.BotSettings())
        {
            ["Storage:Provider"] = harness.database.Provider,
            ["Storage:ConnectionString"] = harness.database.ConnectionString,
            ["Admins:Telegram:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture),
            ["Broadcasts:ProgressCheckInterval"] = "00:00:00.200",
            ["Broadcasts:ProgressMinInterval"] = "00:00:00.300",
            ["Scheduling:DispatchInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        harness.Bot = await RunningBot.StartAsync(all);
        return harness;
    }

    /// <summary>Active Telegram subscribers with chat ids from <paramref name="firstChatId"/> on, following <paramref name="tags"/>.</summary>
    public async Task<List<long>> SubscribeAsync(long firstChatId, int count, params string[] tags)
    {
        await using var db = Bot.OpenDatabase();
        var ids = Enumerable.Range(0, count).Select(i => firstChatId + i).ToList();
        db.Subscribers.AddRange(ids.Select(id => new Subscriber
        {
            Channel = ChannelKind.Telegram,
            ChatId = id.ToString(CultureInfo.InvariantCulture),
            CreatedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
            Tags = tags.Select(t => new SubscriberTag { Tag = t }).ToList(),
        }));
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Types <paramref name="text"/> in a private chat and waits for the answer that <paramref name="answer"/> picks.</summary>
    public async Task<SentMessage> AskAsync(string text, Func<SentMessage, bool> answer, long chatId = Admin, string language = "id")
    {
        var before = Telegram.SentMessages.Where(m => m.ChatId == chatId).Select(m => m.MessageId).ToHashSet();
        Telegram.EnqueueMessage(chatId, text, language, fromId: chatId);
        return await Telegram.WaitForMessageAsync(m => m.ChatId == chatId && !before.Contains(m.MessageId) && answer(m), Patience);
    }

    /// <summary>Types <paramref name="text"/> and returns the next new answer in that chat, whatever it says.</summary>
    public Task<SentMessage> AskAsync(string text, long chatId = Admin, string language = "id") => AskAsync(text, _ => true, chatId, language);

    /// <summary>Presses the button with <paramref name="data"/> under <paramref name="message"/>.</summary>
    public void Press(SentMessage message, string data, string language = "id") =>
        Telegram.EnqueueButtonPress(message.ChatId, data, message.MessageId, fromId: message.ChatId, languageCode: language);

    public Task<SentMessage> WaitForAsync(Func<SentMessage, bool> match) => Telegram.WaitForMessageAsync(match, Patience);

    /// <summary>The broadcast number a preview names in its "/kirimsiaran 12".</summary>
    public static long DraftId(SentMessage preview) =>
        long.Parse(ConfirmCommand().Match(preview.PlainText).Groups[1].Value, CultureInfo.InvariantCulture);

    public List<SentMessage> To(long chatId, string text) =>
        Telegram.SentMessages.Where(m => m.ChatId == chatId && m.PlainText.Contains(text, StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"/(?:kirimsiaran|sendbroadcast) (\d+)")]
    private static partial Regex ConfirmCommand();

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Telegram.DisposeAsync();
        database.Dispose();
    }
}
