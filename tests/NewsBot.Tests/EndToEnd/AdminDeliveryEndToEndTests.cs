using System.Net;
using NewsBot.Chat.Admin.Newsroom;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;
using static NewsBot.Tests.EndToEnd.AdminBot;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Delivery control and statistics from chat: /jeda holds the news in the outbox (across /ambil), /statistik shows it
/// waiting, /lanjut sends it at once; and the same admin commands typed on WhatsApp through the signed webhook.
/// </summary>
public sealed class AdminDeliveryEndToEndTests : IAsyncLifetime
{
    private const long Reader = 1001;
    private const string WhatsAppOwner = "6281100000009";
    private const string WhatsAppCitizen = "6281100000001";
    private const string AppSecret = "test-app-secret";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private FakeNewsSite site = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
    }

    private static FakeArticle Article(string slug, string title, params string[] tags) => new(
        slug, title, $"<p>Demak – {title} menurut keterangan resmi Pemerintah Kabupaten Demak pada Senin.</p>", tags, DateTimeOffset.UtcNow);

    private Dictionary<string, string?> WithSource(Dictionary<string, string?> settings)
    {
        settings["Sources:Feeds:0:Name"] = "Kabupaten Demak";
        settings["Sources:Feeds:0:Url"] = site.FeedUrl.ToString();
        // Only the first poll (the baseline) happens on its own; after that the admin's /ambil fetches.
        settings["Sources:Feeds:0:PollIntervalSeconds"] = "3600";
        return settings;
    }

    private Task<SentMessage> Reply(long chatId, Func<string, bool> match) =>
        telegram.WaitForMessageAsync(m => m.ChatId == chatId && match(m.Text), Wait);

    [Fact]
    public async Task Pause_holds_news_in_the_outbox_and_resume_sends_it_at_once()
    {
        await using var bot = await RunningBot.StartAsync(WithSource(Settings(database, telegram)));
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), Wait, "the first poll");
        telegram.EnqueueMessage(Reader, "/langganan ekonomi");
        await Reply(Reader, t => t.Contains("berlangganan: ekonomi", StringComparison.Ordinal));

        telegram.EnqueueMessage(Admin, "/jeda");
        await Reply(Admin, t => t.StartsWith("⏸ Pengiriman dijeda: tidak ada pesan yang keluar, termasuk pemberitahuan darurat. 0 pesan menunggu.", StringComparison.Ordinal));

        site.Publish(Article("pasar-murah", "Pasar Murah Digelar di Alun-Alun", "ekonomi"));
        telegram.EnqueueMessage(Owner, "/pollnow", languageCode: "en");
        await Reply(Owner, t => t == "⏳ Fetching 1 sources now; the report follows here.");
        await Reply(Owner, t => t == "✅ Fetch finished (1 sources): 1 new articles, 0 unchanged, 0 failed.\n1 messages scheduled for subscribers.");

        // Dispatch runs every half second and was triggered by the new article: the row must stay in the outbox. A run
        // that began after the report had the row in front of it; should it only have put the row off to the chat's next
        // turn, a run that began after that turn sends it, unless the pause holds.
        await bot.WaitForDispatchPassStartedAfterAsync(DateTime.UtcNow, Wait, "a dispatch pass after the fetch");
        DateTime due;
        await using (var db = bot.OpenDatabase()) due = db.Deliveries.Single().DueUtc;
        await bot.WaitForDispatchPassStartedAfterAsync(due, Wait, "a dispatch pass once the row is due");
        Assert.DoesNotContain(telegram.SentMessages, m => m.ChatId == Reader && m.Text.Contains("Pasar Murah", StringComparison.Ordinal));
        await using (var db = bot.OpenDatabase()) Assert.Equal(DeliveryStatus.Pending, db.Deliveries.Single().Status);

        telegram.EnqueueMessage(Admin, "/statistik");
        var stats = await Reply(Admin, t => t.StartsWith("👥 Pelanggan aktif:", StringComparison.Ordinal));
        Assert.Contains("Telegram: 1 aktif, 0 nonaktif", stats.Text, StringComparison.Ordinal);
        Assert.Contains("🏷 Per topik: ekonomi 1", stats.Text, StringComparison.Ordinal);
        Assert.Contains("0 terkirim, 0 gagal, 1 menunggu", stats.Text, StringComparison.Ordinal);
        Assert.Contains("⏸ Pengiriman sedang dijeda (/lanjut).", stats.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Kabupaten Demak: ✅ berhasil", stats.Text, StringComparison.Ordinal);

        telegram.EnqueueMessage(Admin, "/lanjut");
        await Reply(Admin, t => t == "▶️ Pengiriman dilanjutkan; 1 pesan yang menunggu sedang dikirim.");
        await Reply(Reader, t => t.Contains("Pasar Murah Digelar", StringComparison.Ordinal));

        telegram.EnqueueMessage(Admin, "/ambil");
        await Reply(Admin, t => t == "✅ Pengambilan selesai (1 sumber): 0 berita baru, 1 tidak berubah, 0 gagal.");

        site.FailFeedWith(503);
        telegram.EnqueueMessage(Admin, "/ambil");
        var failed = await Reply(Admin, t => t.StartsWith("✅ Pengambilan selesai (1 sumber): 0 berita baru, 0 tidak berubah, 1 gagal.", StringComparison.Ordinal));
        Assert.Contains("⚠️ #1 Kabupaten Demak: server sedang bermasalah (HTTP 503)", failed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fetch_asked_for_while_one_runs_is_refused_and_one_asked_right_after_the_report_runs()
    {
        await using var bot = await RunningBot.StartAsync(WithSource(Settings(database, telegram)));
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), Wait, "the first poll");
        var hold = site.HoldFeedRequests();
        var requestsBefore = site.FeedRequests;

        telegram.EnqueueMessage(Admin, "/ambil");
        await Reply(Admin, t => t == "⏳ Mengambil 1 sumber sekarang; laporannya menyusul di sini.");
        Assert.True(SpinWait.SpinUntil(() => site.FeedRequests > requestsBefore, Wait), "the fetch reached the slow site");
        telegram.EnqueueMessage(Admin, "/ambil");
        await Reply(Admin, t => t == "Pengambilan sebelumnya masih berjalan; tunggu laporannya, lalu coba lagi.");

        hold.SetResult();
        await Reply(Admin, t => t.StartsWith("✅ Pengambilan selesai (1 sumber)", StringComparison.Ordinal));
        // Typed the moment the report arrives: a new round, not "still running".
        telegram.EnqueueMessage(Admin, "/ambil");
        await telegram.WaitForMessageAsync(
            m => m.ChatId == Admin && m.Text.StartsWith("✅ Pengambilan selesai (1 sumber)", StringComparison.Ordinal)
                 && telegram.SentMessages.Count(x => x.ChatId == Admin && x.Text.StartsWith("✅ Pengambilan selesai", StringComparison.Ordinal)) == 2,
            Wait);
        Assert.Single(telegram.SentMessages, m => m.ChatId == Admin && m.Text.StartsWith("Pengambilan sebelumnya", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_paused_delivery_stays_paused_across_a_restart()
    {
        await using (var bot = await RunningBot.StartAsync(Settings(database, telegram)))
        {
            telegram.EnqueueMessage(Owner, "/jeda");
            await Reply(Owner, t => t.StartsWith("⏸ Pengiriman dijeda", StringComparison.Ordinal));
        }

        await using (var restarted = await RunningBot.StartAsync(Settings(database, telegram)))
        {
            telegram.EnqueueMessage(Owner, "/pause", languageCode: "en");
            await Reply(Owner, t => t.StartsWith("Delivery is already paused", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task WhatsApp_staff_use_the_same_commands_by_typing_and_citizens_are_refused()
    {
        var graph = await FakeGraphApiServer.StartAsync();
        try
        {
            await using var bot = await RunningBot.StartAsync(WithSource(new Dictionary<string, string?>(graph.BotSettings(AppSecret))
            {
                ["Storage:Provider"] = database.Provider,
                ["Storage:ConnectionString"] = database.ConnectionString,
                ["Sample:Enabled"] = "false",
                ["Admins:WhatsApp:Owners:0"] = WhatsAppOwner,
                ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
            }));
            using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);

            Assert.Equal(HttpStatusCode.OK, (await webhook.SendTextAsync(WhatsAppCitizen, "JEDA")).StatusCode);
            await graph.WaitForMessageAsync(m => m.To == WhatsAppCitizen && m.Text == "Maaf, perintah JEDA tidak dikenal. Ketik /bantuan untuk daftar perintah.", Wait);

            await webhook.SendTextAsync(WhatsAppOwner, "statistik");
            var stats = await graph.WaitForMessageAsync(m => m.To == WhatsAppOwner && (m.Text ?? "").StartsWith("👥 Pelanggan aktif:", StringComparison.Ordinal), Wait);
            Assert.Contains("#1 Kabupaten Demak:", stats.Text, StringComparison.Ordinal);

            await webhook.SendTextAsync(WhatsAppOwner, "HAPUSSUMBER 1");
            var question = await graph.WaitForMessageAsync(m => m.To == WhatsAppOwner && (m.Text ?? "").StartsWith("Hapus sumber #1", StringComparison.Ordinal), Wait);
            Assert.Equal("interactive", question.Type);
            Assert.Equal(["/hapussumber 1 ya " + NewsBot.Chat.Admin.Newsroom.RemoveSourceCommand.Fingerprint(site.FeedUrl.ToString()), "/hapussumber batal"], question.Parameters);

            await webhook.SendTextAsync(WhatsAppOwner, "HAPUSSUMBER 1 YA");
            await graph.WaitForMessageAsync(m => m.To == WhatsAppOwner && m.Text == "🗑 Sumber #1 Kabupaten Demak dihapus.", Wait);

            await webhook.SendTextAsync(WhatsAppOwner, "ADMIN TAMBAH 6281100000002");
            await graph.WaitForMessageAsync(m => m.To == WhatsAppOwner && m.Text == "✅ 6281100000002 sekarang admin WhatsApp.", Wait);
            await webhook.SendTextAsync("6281100000002", "AUDIT 3");
            var audit = await graph.WaitForMessageAsync(m => m.To == "6281100000002" && (m.Text ?? "").StartsWith("3 perintah admin terakhir", StringComparison.Ordinal), Wait);
            Assert.Contains("WhatsApp:6281100000009\n/admin TAMBAH 6281100000002 → ✅ 6281100000002 sekarang admin WhatsApp.", audit.Text, StringComparison.Ordinal);
            Assert.Contains("/hapussumber 1 YA → 🗑 Sumber #1 Kabupaten Demak dihapus.", audit.Text, StringComparison.Ordinal);
        }
        finally
        {
            await graph.DisposeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }
}
