using NewsBot.Delivery;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// A WhatsApp citizen in digest mode, through the signed webhook and the fake Graph API: their news arrives as one text
/// at their hour in their zone, with the wamid kept on the digest's row for status webhooks.
/// </summary>
public sealed class DigestWhatsAppEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "test-app-secret";
    private const string Number = "6281100000061";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTime Today = DateTime.UtcNow.Date;
    private readonly BotDatabase database = new();
    private FakeGraphApiServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphApiServer.StartAsync();

    [Fact]
    public async Task A_WhatsApp_digest_subscriber_gets_one_text_at_their_hour_in_their_zone()
    {
        // 08:00 WITA.
        var start = Today;
        await using var bot = await DigestClockBot.StartAsync(start, new Dictionary<string, string?>(graph.BotSettings(AppSecret))
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
        });
        using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);
        await webhook.SendTextAsync(Number, "LANGGANAN ekonomi", start);
        await webhook.SendTextAsync(Number, "ZONA WITA", start);
        await graph.WaitForMessageAsync(m => m.To == Number && (m.Text ?? "").StartsWith("Zona waktu diganti ke WITA", StringComparison.Ordinal), Timeout);
        await webhook.SendTextAsync(Number, "MODE harian 12:00", start);
        await graph.WaitForMessageAsync(m => m.To == Number && m.Text == "Mode: harian. Satu ringkasan berita setiap hari pukul 12:00 WITA.", Timeout);
        var repliesBefore = graph.SentMessages.Count(m => m.To == Number);

        var first = await bot.PublishAsync("Harga cabai turun", DeliveryPriority.News, "ekonomi");
        var second = await bot.PublishAsync("Harga *bawang* naik", DeliveryPriority.News, "ekonomi");
        // 12:00 WITA is 04:00 UTC.
        await bot.WaitUntilAsync(db => db.Deliveries.Count(d => d.Status == DeliveryStatus.Held && d.DueUtc == Today.AddHours(4)) == 2,
            Timeout, "two rows held for the digest");
        Assert.Equal(repliesBefore, graph.SentMessages.Count(m => m.To == Number));

        bot.Time.SetUtcNow(Today.AddHours(4));
        await bot.TriggerJobAsync(DigestJob.Key);
        var digest = await graph.WaitForMessageAsync(m => m.To == Number && (m.Text ?? "").Contains("Ringkasan berita harian", StringComparison.Ordinal), Timeout);
        await bot.WaitUntilAsync(db => db.Deliveries.All(d => d.Status == DeliveryStatus.Sent), Timeout, "both rows sent");

        Assert.Equal("text", digest.Type);
        Assert.StartsWith("*Ringkasan berita harian Anda: 2 berita*", digest.Text, StringComparison.Ordinal);
        Assert.Contains(first.Url, digest.Text, StringComparison.Ordinal);
        Assert.Contains(second.Url, digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*bawang*", digest.Text, StringComparison.Ordinal);
        Assert.Equal(repliesBefore + 1, graph.SentMessages.Count(m => m.To == Number));
        await using var db = bot.OpenDatabase();
        Assert.Equal(digest.Id, db.Deliveries.Single(d => d.DigestId == d.Id).ExternalMessageId);
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        database.Dispose();
    }
}
