using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage;
using NewsBot.Summaries;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

/// <summary>The WhatsApp channel against the fake Graph API over real HTTP, with a real SQLite database.</summary>
public sealed class WhatsAppChannelTests : IAsyncLifetime
{
    private const string Chat = "6281234567890";
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(Seed.Now));
    private readonly HttpClient http = new();
    private readonly AdminAlerts alerts = new();
    private FakeGraphApiServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphApiServer.StartAsync();

    private WhatsAppChannel Channel(Action<WhatsAppOptions>? configure = null)
    {
        var settings = new WhatsAppOptions
        {
            AccessToken = FakeGraphApiServer.AccessToken,
            PhoneNumberId = FakeGraphApiServer.PhoneNumberId,
            AppSecret = "secret",
            VerifyToken = "verify",
            ApiBaseUrl = graph.BaseUrl.ToString(),
        };
        configure?.Invoke(settings);
        var options = Options.Create(settings);
        var errors = new WhatsAppErrorMapper(new UndeliverableCounter(), alerts, options);
        return new WhatsAppChannel(new WhatsAppClient(http, options), new WhatsAppDeliveryStore(database.Contexts, time),
            errors, options, new ExtractiveSummarizer(), Options.Create(new SummaryOptions()), time, NullLogger<WhatsAppChannel>.Instance);
    }

    private (long ArticleId, long DeliveryId) Subscribe(TimeSpan? wroteAgo)
    {
        using var db = database.Open();
        var subscriber = Seed.Subscriber(db, Chat, ChannelKind.WhatsApp, tags: "ekonomi");
        subscriber.LastInboundUtc = wroteAgo is { } ago ? Seed.Now - ago : null;
        var article = Seed.Article(db, Seed.Source(db), "Harga *cabai* turun_lagi", "ekonomi");
        var delivery = new Storage.Delivery { ArticleId = article.Id, SubscriberId = subscriber.Id, Status = DeliveryStatus.Sending, DueUtc = Seed.Now };
        db.Deliveries.Add(delivery);
        db.SaveChanges();
        return (article.Id, delivery.Id);
    }

    private static NewsMessage News(long articleId) =>
        new(Chat, "Harga *cabai* turun_lagi", "Ringkasan ~pasar~.", "https://demakkab.go.id/berita/cabai", ["ekonomi"], "id", articleId);

    [Fact]
    public async Task Inside_the_window_news_goes_as_escaped_text_and_the_wamid_is_kept_on_the_row()
    {
        var (articleId, deliveryId) = Subscribe(TimeSpan.FromHours(2));

        var outcome = await Channel().SendAsync(News(articleId), CancellationToken.None);

        Assert.IsType<SendOutcome.Sent>(outcome);
        var message = Assert.Single(graph.SentMessages);
        Assert.Equal("text", message.Type);
        Assert.StartsWith("*Harga ＊cabai＊ turun＿lagi*\n\nRingkasan ～pasar～.", message.Text, StringComparison.Ordinal);
        Assert.Contains("https://demakkab.go.id/berita/cabai", message.Text, StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.Equal(message.Id, db.Deliveries.Single(d => d.Id == deliveryId).ExternalMessageId);
    }

    [Fact]
    public async Task A_long_summary_keeps_its_best_sentences_within_the_WhatsApp_budget()
    {
        var (articleId, _) = Subscribe(TimeSpan.FromHours(2));
        var sentences = Enumerable.Range(1, 12).Select(i => $"Pemerintah Kabupaten Demak menyalurkan bantuan tahap {i} kepada warga terdampak banjir.");

        await Channel().SendAsync(News(articleId) with { Summary = string.Join(' ', sentences) }, CancellationToken.None);

        var text = Assert.Single(graph.SentMessages).Text!;
        var summary = text.Split("\n\n")[1];
        Assert.InRange(summary.Length, 40, 300);
        Assert.EndsWith(".", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_the_window_the_configured_template_goes_with_its_parameters()
    {
        var (articleId, _) = Subscribe(TimeSpan.FromHours(30));

        var outcome = await Channel(o => o.NewsTemplate = new() { Name = "berita_terbaru", Parameters = ["title", "url"] })
            .SendAsync(News(articleId), CancellationToken.None);

        Assert.IsType<SendOutcome.Sent>(outcome);
        var message = Assert.Single(graph.SentMessages);
        Assert.Equal(("template", "berita_terbaru", "id"), (message.Type, message.TemplateName, message.TemplateLanguage));
        Assert.Equal(["Harga ＊cabai＊ turun＿lagi", "https://demakkab.go.id/berita/cabai"], message.Parameters);
    }

    [Fact]
    public async Task Without_a_news_template_the_news_is_held_and_one_reengagement_template_is_sent()
    {
        var (articleId, _) = Subscribe(TimeSpan.FromDays(3));
        var channel = Channel(o => o.ReengagementTemplate = new() { Name = "ada_berita_baru" });

        var first = await channel.SendAsync(News(articleId), CancellationToken.None);
        var second = await channel.SendAsync(News(articleId), CancellationToken.None);

        Assert.IsType<SendOutcome.Deferred>(first);
        Assert.IsType<SendOutcome.Deferred>(second);
        var message = Assert.Single(graph.SentMessages);
        Assert.Equal(("template", "ada_berita_baru"), (message.Type, message.TemplateName));
    }

    [Fact]
    public async Task When_Meta_says_the_window_is_closed_the_template_goes_instead_of_a_retry_of_the_text()
    {
        var (articleId, _) = Subscribe(TimeSpan.FromHours(1));
        graph.FailNext(Chat, 131047, message: "Re-engagement message");

        var outcome = await Channel(o => o.NewsTemplate = new() { Name = "berita_terbaru" }).SendAsync(News(articleId), CancellationToken.None);

        Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Equal("template", Assert.Single(graph.SentMessages).Type);
        await using var db = database.Open();
        Assert.Null(db.Subscribers.Single().LastInboundUtc);
    }

    [Theory]
    [InlineData(130429, true)]
    [InlineData(131056, false)]
    [InlineData(368, true)]
    [InlineData(131031, true)]
    public async Task Rate_limits_and_a_restricted_account_mean_retry_later_and_only_our_own_limits_pause_the_channel(int code, bool pausesChannel)
    {
        var (articleId, _) = Subscribe(TimeSpan.FromHours(1));
        graph.FailNext(Chat, code, status: code == 368 ? 403 : 400);

        var outcome = await Channel().SendAsync(News(articleId), CancellationToken.None);

        var retry = Assert.IsType<SendOutcome.RetryLater>(outcome);
        Assert.Equal(pausesChannel, retry.After is not null);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), retry.Reason, StringComparison.Ordinal);
        // Only trouble with our own account is the admins' business.
        Assert.Equal(code is 368 or 131031, alerts.Pending.TryRead(out var alert) && alert.Key == $"whatsapp-account-{code}");
    }

    [Fact]
    public async Task An_undeliverable_number_is_deactivated_only_after_repeated_failures()
    {
        var (articleId, _) = Subscribe(TimeSpan.FromHours(1));
        var channel = Channel(o => o.UndeliverableBeforeDeactivation = 3);
        for (var i = 0; i < 3; i++) graph.FailNext(Chat, 131026, message: "Message undeliverable");

        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 3; i++) outcomes.Add(await channel.SendAsync(News(articleId), CancellationToken.None));

        Assert.Equal([false, false, true], outcomes.Cast<SendOutcome.Rejected>().Select(r => r.DeactivateSubscriber));
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        http.Dispose();
        database.Dispose();
    }
}
