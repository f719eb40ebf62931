using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// /mode, /zona and /senyap as citizens use them: typed in Telegram through the fake Bot API and in WhatsApp through the
/// signed webhook, with every answer (settings shown, confirmations, refusals) checked where the user sees it.
/// </summary>
public sealed class DigestCommandsEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "test-app-secret";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private FakeGraphApiServer graph = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        graph = await FakeGraphApiServer.StartAsync();
        bot = await RunningBot.StartAsync(new Dictionary<string, string?>(telegram.BotSettings().Concat(graph.BotSettings(AppSecret)))
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sample:Enabled"] = "false",
        });
    }

    /// <summary>Each exchange uses its own chat, so answers cannot be mixed up.</summary>
    private async Task<string> AskTelegramAsync(long chatId, string text, string language = "id")
    {
        telegram.EnqueueMessage(chatId, text, language);
        return (await telegram.WaitForMessageAsync(m => m.ChatId == chatId, Timeout)).Text;
    }

    // One chat per exchange, so answers cannot be mixed up: (chat, typed, app language, start of the answer).
    private static readonly (long Chat, string Command, string Language, string Expected)[] Exchanges =
    [
        (4001, "/mode", "id", "Mode: instan. Setiap berita dikirim begitu terbit.\nPilih: /mode instan"),
        (4002, "/mode harian 07:30", "id", "Mode: harian. Satu ringkasan berita setiap hari pukul 07:30 WIB."),
        (4003, "/mode harian 25:00", "id", "Jam \"25:00\" tidak valid. Tulis jam seperti 18:00 (00:00 sampai 23:59)."),
        (4004, "/mode xx", "id", "Pilih: /mode instan (setiap berita langsung) atau /mode harian [jam]"),
        (4005, "/digest daily", "en", "Mode: daily. One news digest every day at 18:00 WIB."),
        (4006, "/digest sometimes", "en", "Choose: /digest instant (every article at once) or /digest daily [time]"),
        (4011, "/zona", "id", "Zona waktu: WIB.\nPilih zona: /zona WIB"),
        (4012, "/zona wita", "id", "Zona waktu diganti ke WITA. Ringkasan harian dan jam senyap mengikuti jam WITA."),
        (4013, "/zona PST", "id", "\"PST\" bukan zona waktu Indonesia.\nPilih zona:"),
        (4014, "/timezone WIT", "en", "Time zone changed to WIT. Your daily digest and quiet hours follow WIT time."),
        (4021, "/senyap", "id", "Jam senyap: tidak ada.\nTulis /senyap 22:00-06:00"),
        (4022, "/senyap 22:00-06:00", "id", "Jam senyap: 22:00–06:00 WIB. Berita biasa yang terbit saat itu dikirim pukul 06:00; peringatan darurat tetap langsung dikirim."),
        (4023, "/senyap 22:00-22:00", "id", "Jam mulai dan jam selesai tidak boleh sama (22:00). Contoh: /senyap 22:00-06:00."),
        (4024, "/senyap xx", "id", "\"xx\" tidak bisa dibaca. Tulis dua jam dengan tanda minus, misalnya 22:00-06:00"),
        (4025, "/senyap mati", "id", "Jam senyap dimatikan. Berita dikirim kapan saja."),
        (4026, "/quiet 23:00-05:00", "en", "Quiet hours: 23:00–05:00 WIB. Ordinary news published then is sent at 05:00; urgent notices are still sent at once."),
    ];

    [Fact]
    public async Task Telegram_users_see_their_settings_confirmations_and_refusals()
    {
        foreach (var (chat, command, language, _) in Exchanges) telegram.EnqueueMessage(chat, command, language);

        foreach (var (chat, command, _, expected) in Exchanges)
        {
            var answer = await telegram.WaitForMessageAsync(m => m.ChatId == chat, Timeout);
            Assert.True(answer.Text.StartsWith(expected, StringComparison.Ordinal), $"{command} answered: {answer.Text}");
        }
    }

    [Fact]
    public async Task Settings_made_in_Telegram_are_stored_and_shown_back_together()
    {
        const long chat = 4031;
        await AskTelegramAsync(chat, "/zona WITA");
        telegram.EnqueueMessage(chat, "/mode harian 19.15");
        await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.Text.Contains("19:15 WITA", StringComparison.Ordinal), Timeout);
        telegram.EnqueueMessage(chat, "/senyap 21:00-05:00");
        await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.Text.Contains("21:00–05:00 WITA", StringComparison.Ordinal), Timeout);

        await using var db = bot.OpenDatabase();
        var subscriber = db.Subscribers.Single(s => s.ChatId == chat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((true, new TimeOnly(19, 15), "WITA", new TimeOnly(21, 0), new TimeOnly(5, 0)),
            (subscriber.DailyDigest, subscriber.DigestTime, subscriber.TimeZone, subscriber.QuietFrom, subscriber.QuietUntil));
    }

    [Fact]
    public async Task Telegram_menu_offers_mode_and_the_help_lists_every_new_command()
    {
        var help = await AskTelegramAsync(4041, "/bantuan");

        foreach (var name in new[] { "/cari", "/mode", "/zona", "/senyap" }) Assert.Contains(name, help, StringComparison.Ordinal);
        await bot.WaitUntilAsync(_ => telegram.MyCommands().Any(c => c.Command == "mode"), Timeout, "the default (Indonesian) menu published");
        Assert.Contains(telegram.MyCommands(), c => c.Command == "cari");
        Assert.Contains(telegram.MyCommands("en"), c => c.Command == "digest");
    }

    [Fact]
    public async Task WhatsApp_users_type_the_words_and_get_the_same_answers()
    {
        using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);
        const string number = "6281100000041", badNumber = "6281100000042";

        await webhook.SendTextAsync(number, "MODE harian 20:00");
        await graph.WaitForMessageAsync(m => m.To == number && m.Text == "Mode: harian. Satu ringkasan berita setiap hari pukul 20:00 WIB.", Timeout);
        await webhook.SendTextAsync(number, "senyap 22:00-06:00");
        await graph.WaitForMessageAsync(m => m.To == number && (m.Text ?? "").StartsWith("Jam senyap: 22:00–06:00 WIB.", StringComparison.Ordinal), Timeout);
        await webhook.SendTextAsync(badNumber, "ZONA jakarta");
        await graph.WaitForMessageAsync(m => m.To == badNumber && (m.Text ?? "").StartsWith("\"jakarta\" bukan zona waktu Indonesia.", StringComparison.Ordinal), Timeout);

        await using var db = bot.OpenDatabase();
        var subscriber = db.Subscribers.Single(s => s.Channel == ChannelKind.WhatsApp && s.ChatId == number);
        Assert.Equal((true, new TimeOnly(20, 0), new TimeOnly(22, 0)), (subscriber.DailyDigest, subscriber.DigestTime, subscriber.QuietFrom));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await graph.DisposeAsync();
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
