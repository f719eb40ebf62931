using NewsBot.Delivery;
using NewsBot.Delivery.Digests;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Digests and quiet hours through the real app and the fake Telegram Bot API over HTTP: citizens choose them with
/// commands, news is held or delayed by the planner, and the Quartz digest job sends one digest at the chat's hour.
/// </summary>
public sealed class DigestEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTime Today = DateTime.UtcNow.Date;
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeTelegramServer.StartAsync();

    private Task<DigestClockBot> StartBotAsync(DateTime nowUtc) => DigestClockBot.StartAsync(nowUtc, new Dictionary<string, string?>(telegram.BotSettings())
    {
        ["Storage:Provider"] = database.Provider,
        ["Storage:ConnectionString"] = database.ConnectionString,
    });

    private async Task<SentMessage> AskAsync(long chatId, string text, string expected, string language = "id")
    {
        telegram.EnqueueMessage(chatId, text, language);
        return await telegram.WaitForMessageAsync(m => m.ChatId == chatId && m.Text.Contains(expected, StringComparison.Ordinal), Timeout);
    }

    private List<SentMessage> To(long chatId) => telegram.SentMessages.Where(m => m.ChatId == chatId).ToList();

    [Fact]
    public async Task A_digest_subscriber_gets_one_digest_with_every_article_at_their_hour_and_nothing_before()
    {
        const long digestChat = 3001, instantChat = 3002;
        // 09:00 WIB.
        await using var bot = await StartBotAsync(Today.AddHours(2));
        await AskAsync(digestChat, "/langganan ekonomi", "berlangganan: ekonomi");
        await AskAsync(digestChat, "/mode harian 18:00", "Mode: harian. Satu ringkasan berita setiap hari pukul 18:00 WIB.");
        await AskAsync(instantChat, "/langganan pasar", "berlangganan: pasar");

        var first = await bot.PublishAsync("Harga cabai turun di Pasar Bintoro", DeliveryPriority.News, "ekonomi");
        bot.Time.Advance(TimeSpan.FromHours(2));
        var second = await bot.PublishAsync("UMKM Demak ikut pameran", DeliveryPriority.News, "ekonomi");
        bot.Time.Advance(TimeSpan.FromHours(2));
        var third = await bot.PublishAsync("Pasar murah digelar di alun-alun", DeliveryPriority.News, "ekonomi", "pasar");

        // The instant chat has its news at once; the digest chat's rows wait for 18:00 WIB (11:00 UTC).
        await telegram.WaitForMessageAsync(m => m.ChatId == instantChat && m.Text.Contains(third.Title, StringComparison.Ordinal), Timeout);
        await bot.WaitUntilAsync(db => db.Deliveries.Count(d => d.Status == DeliveryStatus.Held && d.DueUtc == Today.AddHours(11)) == 3,
            Timeout, "three rows held for the digest");
        // The clock jumps hours ahead next: the instant message must be recorded first, or its claim would look abandoned.
        await bot.WaitUntilAsync(db => db.Deliveries.Any(d => d.Status == DeliveryStatus.Sent), Timeout, "the instant message recorded");

        // At 17:59 WIB the digest job finds nothing due and dispatch sends nothing.
        bot.Time.SetUtcNow(Today.AddHours(11).AddMinutes(-1));
        await bot.TriggerJobAsync(DigestJob.Key);
        Assert.Equal(0, await bot.Services.GetRequiredService<DigestAssembler>().AssembleDueAsync(CancellationToken.None));
        Assert.Equal(0, (await bot.Services.GetRequiredService<DeliveryDispatcher>().DispatchDueAsync(CancellationToken.None)).Total);
        Assert.Equal(2, To(digestChat).Count);

        bot.Time.SetUtcNow(Today.AddHours(11));
        await bot.TriggerJobAsync(DigestJob.Key);
        var digest = await telegram.WaitForMessageAsync(
            m => m.ChatId == digestChat && m.Text.Contains("Ringkasan berita harian", StringComparison.Ordinal), Timeout);
        await bot.WaitUntilAsync(db => db.Deliveries.All(d => d.Status == DeliveryStatus.Sent), Timeout, "every row sent");

        Assert.StartsWith("<b>Ringkasan berita harian Anda: 3 berita</b>", digest.Text, StringComparison.Ordinal);
        foreach (var article in new[] { first, second, third })
        {
            Assert.Contains(article.Title, digest.PlainText, StringComparison.Ordinal);
            Assert.Contains(article.Url, digest.PlainText, StringComparison.Ordinal);
        }

        Assert.True(digest.PlainText.IndexOf(third.Title, StringComparison.Ordinal) < digest.PlainText.IndexOf(first.Title, StringComparison.Ordinal));
        // Two command replies and one digest: no article went out on its own.
        Assert.Equal(3, To(digestChat).Count);

        // The next tick finds nothing more to send.
        await bot.TriggerJobAsync(DigestJob.Key);
        Assert.Equal(0, await bot.Services.GetRequiredService<DigestAssembler>().AssembleDueAsync(CancellationToken.None));
        Assert.Equal(3, To(digestChat).Count);
    }

    [Fact]
    public async Task Quiet_hours_hold_ordinary_news_until_morning_while_an_urgent_notice_arrives_at_once()
    {
        const long chat = 3101;
        // 23:00 WIB.
        await using var bot = await StartBotAsync(Today.AddHours(16));
        await AskAsync(chat, "/langganan banjir", "berlangganan: banjir");
        await AskAsync(chat, "/senyap 22:00-06:00", "Jam senyap: 22:00–06:00 WIB.");

        var ordinary = await bot.PublishAsync("Normalisasi sungai dimulai", DeliveryPriority.News, "banjir");
        var urgent = await bot.PublishAsync("PERINGATAN: air Sungai Wulan naik, warga Sayung siaga", DeliveryPriority.Urgent, "banjir");

        await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.Text.Contains(urgent.Title, StringComparison.Ordinal), Timeout);
        await bot.WaitUntilAsync(db => db.Deliveries.Any(d => d.ArticleId == urgent.Id && d.Status == DeliveryStatus.Sent), Timeout, "the urgent notice recorded");
        await bot.Services.GetRequiredService<DeliveryDispatcher>().DispatchDueAsync(CancellationToken.None);
        Assert.DoesNotContain(To(chat), m => m.Text.Contains(ordinary.Title, StringComparison.Ordinal));
        await using (var db = bot.OpenDatabase())
        {
            var waiting = db.Deliveries.Single(d => d.ArticleId == ordinary.Id);
            // 06:00 WIB the next morning is 23:00 UTC today.
            Assert.Equal((DeliveryStatus.Pending, Today.AddHours(23)), (waiting.Status, waiting.DueUtc));
        }

        bot.Time.SetUtcNow(Today.AddHours(23));
        await bot.Services.GetRequiredService<IDispatchNow>().TriggerAsync(CancellationToken.None);
        await bot.WaitUntilAsync(db => db.Deliveries.All(d => d.Status == DeliveryStatus.Sent), Timeout, "the morning's news sent");
        await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.Text.Contains(ordinary.Title, StringComparison.Ordinal), Timeout);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
