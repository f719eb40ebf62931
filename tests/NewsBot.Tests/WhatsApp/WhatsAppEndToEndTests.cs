using System.Net;
using NewsBot.Storage;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// The whole WhatsApp path over real HTTP: citizens write to the signed webhook, an article appears on the fake news
/// site, and the fake Graph API receives the news for exactly the subscribed numbers, as text or as a template.
/// </summary>
public sealed class WhatsAppEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "test-app-secret";
    private const string Economy = "6281100000001";
    private const string Health = "6281100000002";
    private const string Silent = "6281100000003";
    private readonly BotDatabase database = new();
    private FakeGraphApiServer graph = null!;
    private FakeNewsSite site = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApiServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
    }

    private Task<RunningBot> StartBotAsync() => RunningBot.StartAsync(new Dictionary<string, string?>(graph.BotSettings(AppSecret))
    {
        ["Storage:Provider"] = database.Provider,
        ["Storage:ConnectionString"] = database.ConnectionString,
        ["Sample:Enabled"] = "false",
        ["WhatsApp:NewsTemplate:Name"] = "berita_terbaru",
        ["WhatsApp:NewsTemplate:Parameters:0"] = "title",
        ["WhatsApp:NewsTemplate:Parameters:1"] = "url",
        ["Sources:Feeds:0:Name"] = "Kabupaten Demak (fake)",
        ["Sources:Feeds:0:Url"] = site.FeedUrl.ToString(),
        ["Sources:Feeds:0:PollIntervalSeconds"] = "1",
        ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
        ["Fetching:Timeout"] = "00:00:05",
    });

    private static FakeArticle Article(string slug, string title, params string[] tags) => new(
        slug, title,
        $"<p>Demak – {title} menurut keterangan resmi Pemerintah Kabupaten Demak pada Senin.</p>"
        + "<p>Kegiatan ini melibatkan 120 pelaku usaha dan warga dari 14 kecamatan.</p>",
        tags, DateTimeOffset.UtcNow);

    private List<WhatsAppSentMessage> To(string number, string title) => graph.SentMessages
        .Where(m => m.To == number && ((m.Text ?? "").Contains(title, StringComparison.Ordinal) || m.Parameters.Contains(title)))
        .ToList();

    [Fact]
    public async Task A_subscriber_gets_the_news_once_a_closed_window_gets_the_template_and_STOP_ends_it()
    {
        await using var bot = await StartBotAsync();
        using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), TimeSpan.FromSeconds(20), "the first poll");

        Assert.Equal(HttpStatusCode.OK, (await webhook.SendTextAsync(Economy, "LANGGANAN ekonomi")).StatusCode);
        await webhook.SendTextAsync(Health, "langganan kesehatan");
        await webhook.SendTextAsync(Silent, "LANGGANAN ekonomi", DateTimeOffset.UtcNow.AddDays(-2));
        await graph.WaitForMessageAsync(m => m.To == Economy && m.Text!.Contains("berlangganan: ekonomi", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        await graph.WaitForMessageAsync(m => m.To == Silent && m.Text!.Contains("berlangganan: ekonomi", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        site.Publish(Article("pasar-murah", "Pasar Murah Digelar di Alun-Alun Demak", "ekonomi"));
        var news = await graph.WaitForMessageAsync(m => m.To == Economy && m.Type == "text" && m.Text!.Contains("Pasar Murah", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var template = await graph.WaitForMessageAsync(m => m.To == Silent && m.Type == "template", TimeSpan.FromSeconds(30));

        Assert.StartsWith("*Pasar Murah Digelar di Alun-Alun Demak*", news.Text, StringComparison.Ordinal);
        Assert.Contains(site.BaseUrl + "berita/pasar-murah", news.Text, StringComparison.Ordinal);
        Assert.Equal("berita_terbaru", template.TemplateName);
        Assert.Equal(["Pasar Murah Digelar di Alun-Alun Demak", site.BaseUrl + "berita/pasar-murah"], template.Parameters);
        await bot.WaitUntilAsync(db => db.Deliveries.Count() == 2 && db.Deliveries.All(d => d.Status == DeliveryStatus.Sent), TimeSpan.FromSeconds(10), "both deliveries sent");

        // Meta's statuses, out of order and repeated, end on the furthest one.
        await webhook.SendStatusAsync(news.Id, Economy, "read");
        await webhook.SendStatusAsync(news.Id, Economy, "delivered");
        await webhook.SendStatusAsync(news.Id, Economy, "read");
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.Count(i => i.ProcessedUtc != null) >= 5, TimeSpan.FromSeconds(10), "statuses processed");
        await using (var db = bot.OpenDatabase())
        {
            Assert.Equal("read", db.Deliveries.Single(d => d.ExternalMessageId == news.Id).ExternalStatus);
        }

        Assert.Equal(HttpStatusCode.OK, (await webhook.SendTextAsync(Economy, "STOP")).StatusCode);
        await graph.WaitForMessageAsync(m => m.To == Economy && m.Text!.Contains("berhenti dari semua", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        site.Publish(Article("bazar-umkm", "Bazar UMKM Kembali Dibuka", "ekonomi"));
        await graph.WaitForMessageAsync(m => m.To == Silent && m.Parameters.Contains("Bazar UMKM Kembali Dibuka"), TimeSpan.FromSeconds(30));
        // An article's rows are planned together, so a row for the stopped number would exist by now; once the outbox is
        // idle it would have been sent, as would a second copy of anything.
        await bot.WaitUntilOutboxIdleAsync(TimeSpan.FromSeconds(20));

        Assert.Single(To(Economy, "Pasar Murah"));
        Assert.Single(To(Silent, "Pasar Murah Digelar di Alun-Alun Demak"));
        Assert.Empty(To(Economy, "Bazar UMKM"));
        Assert.DoesNotContain(graph.SentMessages, m => m.To == Health && m.Type != "text");
        Assert.DoesNotContain(graph.SentMessages, m => m.To == Health && m.Text!.Contains("Pasar Murah", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mis_signed_or_unsigned_webhook_gets_401_and_is_not_processed()
    {
        await using var bot = await StartBotAsync();
        using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, "not-the-app-secret");
        using var unsigned = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);

        var misSigned = await webhook.SendTextAsync(Economy, "LANGGANAN ekonomi");
        var missing = await unsigned.PostAsync(WhatsAppWebhookSender.Envelope(new() { ["messages"] = new System.Text.Json.Nodes.JsonArray() }), signature: null);
        var handshake = await unsigned.HandshakeAsync(FakeGraphApiServer.VerifyToken, "1158201444");
        var wrongToken = await unsigned.HandshakeAsync("guess", "1158201444");
        // A correctly signed status of an old message we never sent (looked at once, then dropped) comes after them: the
        // inbox is worked in arrival order, so once it is processed a refused webhook stored by mistake would have been
        // carried out, and its answer, queued in that chat before this point, would be out.
        await unsigned.SendStatusAsync("wamid.after-the-refused", Economy, "delivered", at: DateTimeOffset.UtcNow.AddDays(-1));
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.Any() && db.WhatsAppInbound.All(i => i.ProcessedUtc != null), TimeSpan.FromSeconds(20), "the signed status processed");
        await bot.WaitForQueuedAnswersAsync(ChannelKind.WhatsApp, Economy, TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.Unauthorized, misSigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("1158201444", await handshake.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        await using var db = bot.OpenDatabase();
        Assert.Equal(["wamid.after-the-refused:delivered"], db.WhatsAppInbound.Select(i => i.ExternalId).ToList());
        Assert.Empty(db.Subscribers);
        Assert.Empty(graph.SentMessages);
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }
}
