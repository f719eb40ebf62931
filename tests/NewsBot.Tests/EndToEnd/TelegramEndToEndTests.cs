using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The whole pipeline over real HTTP: chats subscribe through getUpdates on the fake Bot API, an article appears on the
/// fake news site, and exactly the subscribed chat receives it through the real Telegram.Bot client.
/// </summary>
public sealed class TelegramEndToEndTests : IAsyncLifetime
{
    private const long EconomyChat = 1001;
    private const long HealthChat = 1002;
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private FakeNewsSite site = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
    }

    private Task<RunningBot> StartBotAsync() => RunningBot.StartAsync(new Dictionary<string, string?>(telegram.BotSettings())
    {
        ["Storage:Provider"] = database.Provider,
        ["Storage:ConnectionString"] = database.ConnectionString,
        ["Sources:Feeds:0:Name"] = "Kabupaten Demak (fake)",
        ["Sources:Feeds:0:Url"] = site.FeedUrl.ToString(),
        ["Sources:Feeds:0:Tags:0"] = "demak",
        ["Sources:Feeds:0:PollIntervalSeconds"] = "1",
        ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
        ["Fetching:Timeout"] = "00:00:05",
    });

    private static FakeArticle Article(string slug, string title, params string[] tags) => new(
        slug, title,
        $"<p>Demak – {title} menurut keterangan resmi Pemerintah Kabupaten Demak pada Senin.</p>"
        + "<p>Kegiatan ini melibatkan 120 pelaku usaha dan warga dari 14 kecamatan.</p>"
        + "<p>Pemerintah berharap kegiatan serupa dapat digelar setiap tahun. (kominfo/ist-rdy)</p>",
        tags, DateTimeOffset.UtcNow);

    private List<SentMessage> NewsTo(long chatId, string title) =>
        telegram.SentMessages.Where(m => m.ChatId == chatId && m.Text.Contains(title, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_new_article_reaches_exactly_the_subscribed_chat_once_even_across_a_restart()
    {
        site.Publish(Article("arsip-lama", "Arsip Lama Tidak Dikirim", "ekonomi"));

        await using (var bot = await StartBotAsync())
        {
            await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), TimeSpan.FromSeconds(20), "the first poll");

            telegram.EnqueueMessage(EconomyChat, "/start");
            telegram.EnqueueMessage(EconomyChat, "/langganan ekonomi");
            telegram.EnqueueMessage(HealthChat, "/langganan kesehatan");
            await telegram.WaitForMessageAsync(m => m.ChatId == EconomyChat && m.Text.Contains("Selamat datang", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
            await telegram.WaitForMessageAsync(m => m.ChatId == EconomyChat && m.Text.Contains("berlangganan: ekonomi", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
            await telegram.WaitForMessageAsync(m => m.ChatId == HealthChat && m.Text.Contains("berlangganan: kesehatan", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

            site.Publish(Article("pasar-murah", "Pasar Murah Digelar di Alun-Alun Demak", "ekonomi"));
            var news = await telegram.WaitForMessageAsync(
                m => m.ChatId == EconomyChat && m.Text.Contains("Pasar Murah", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

            Assert.StartsWith("<b>Pasar Murah Digelar di Alun-Alun Demak</b>", news.Text, StringComparison.Ordinal);
            Assert.Contains("120 pelaku usaha", news.Text, StringComparison.Ordinal);
            Assert.Contains(site.BaseUrl + "berita/pasar-murah", news.Text, StringComparison.Ordinal);
            Assert.Contains("#ekonomi", news.Text, StringComparison.Ordinal);
            Assert.Equal("Html", news.ParseMode, ignoreCase: true);
            await bot.WaitUntilAsync(db => db.Deliveries.All(d => d.Status == DeliveryStatus.Sent), TimeSpan.FromSeconds(10), "the outbox drained");
        }

        var feedRequestsBeforeRestart = site.FeedRequests;
        await using (var restarted = await StartBotAsync())
        {
            // Two more polls of the unchanged feed: nothing may be sent again.
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (site.FeedRequests < feedRequestsBeforeRestart + 2 && DateTime.UtcNow < deadline) await Task.Delay(100);
            Assert.True(site.FeedRequests >= feedRequestsBeforeRestart + 2, "the restarted bot polled the feed");
            // Polls run one round at a time: once a round that began after the second request is over, so is everything
            // those polls stored and planned; once the outbox is idle, anything they planned has been sent.
            var polls = await JobRuns.WatchAsync(restarted.Services, PollSourcesJob.Key);
            await polls.WaitForNextRunAsync(TimeSpan.FromSeconds(20), "a poll round after the second poll");
            await restarted.WaitUntilOutboxIdleAsync(TimeSpan.FromSeconds(20));
        }

        Assert.Single(NewsTo(EconomyChat, "Pasar Murah"));
        Assert.Empty(NewsTo(HealthChat, "Pasar Murah"));
        Assert.DoesNotContain(telegram.SentMessages, m => m.Text.Contains("Arsip Lama", StringComparison.Ordinal));
        Assert.True(site.NotModifiedResponses > 0, "an unchanged feed costs a 304");
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }
}
