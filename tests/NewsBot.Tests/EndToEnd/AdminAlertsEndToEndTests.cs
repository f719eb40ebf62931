using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Trouble with our own WhatsApp account reaches the newsroom's admins in their Telegram chat, once, however many sends
/// meet it, and the news itself is not lost.
/// </summary>
public sealed class AdminAlertsEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "test-app-secret";
    private const string Citizen = "6281100000009";
    private const long AdminChat = 9001;
    private readonly BotDatabase database = new();
    private FakeGraphApiServer graph = null!;
    private FakeTelegramServer telegram = null!;
    private FakeNewsSite site = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApiServer.StartAsync();
        telegram = await FakeTelegramServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
    }

    [Fact]
    public async Task A_restricted_WhatsApp_account_alerts_the_Telegram_admin_once_and_the_news_still_arrives()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>(
            telegram.BotSettings().Concat(graph.BotSettings(AppSecret)))
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Admins:Telegram:Admins:0"] = AdminChat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WhatsApp:AccountRestrictedPause"] = "00:00:00.500",
            ["Sources:Feeds:0:Name"] = "Kabupaten Demak (fake)",
            ["Sources:Feeds:0:Url"] = site.FeedUrl.ToString(),
            ["Sources:Feeds:0:PollIntervalSeconds"] = "1",
            ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
            ["Scheduling:DispatchInterval"] = "00:00:00.250",
        });
        using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), TimeSpan.FromSeconds(20), "the first poll");
        await webhook.SendTextAsync(Citizen, "LANGGANAN banjir");
        await graph.WaitForMessageAsync(m => m.To == Citizen && m.Text!.Contains("berlangganan", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        graph.FailNext(Citizen, 368, status: 403, message: "Temporarily blocked for policies violations");
        graph.FailNext(Citizen, 368, status: 403, message: "Temporarily blocked for policies violations");
        site.Publish(new FakeArticle("tanggul", "Tanggul Sungai Wulan Diperkuat",
            "<p>Demak – Tanggul Sungai Wulan diperkuat menjelang puncak musim hujan.</p>", ["banjir"], DateTimeOffset.UtcNow));

        var alert = await telegram.WaitForMessageAsync(m => m.ChatId == AdminChat, TimeSpan.FromSeconds(30));
        await graph.WaitForMessageAsync(m => m.To == Citizen && (m.Text ?? "").Contains("Tanggul Sungai Wulan", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await bot.WaitUntilAsync(db => db.Deliveries.Any(d => d.Status == DeliveryStatus.Sent), TimeSpan.FromSeconds(10), "the news sent after the pauses");

        Assert.Contains("368", alert.Text, StringComparison.Ordinal);
        Assert.Contains("WhatsApp Manager", alert.Text, StringComparison.Ordinal);
        Assert.Contains("WhatsApp menolak akun kita (kode 368: akun dibatasi sementara karena pelanggaran kebijakan)", alert.Text, StringComparison.Ordinal);
        // The alert is in both languages, Indonesian first; Meta's own English words belong to the English half only.
        Assert.DoesNotContain("Temporarily blocked", alert.Text.Split("\n\n")[0], StringComparison.Ordinal);
        Assert.Single(telegram.SentMessages, m => m.ChatId == AdminChat);
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await telegram.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }
}
