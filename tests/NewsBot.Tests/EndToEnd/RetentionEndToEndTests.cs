using NewsBot.Delivery;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The retention job in the real app: a delivery sent a month ago is deleted by the Quartz job, a newer one stays.</summary>
public sealed class RetentionEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeTelegramServer.StartAsync();

    [Fact]
    public async Task The_retention_job_deletes_deliveries_finished_more_than_30_days_ago()
    {
        const long chat = 4101;
        await using var bot = await DigestClockBot.StartAsync(DateTime.UtcNow.Date.AddHours(2), new Dictionary<string, string?>(telegram.BotSettings())
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
        });
        telegram.EnqueueMessage(chat, "/langganan banjir", "id");
        await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.Text.Contains("berlangganan: banjir", StringComparison.Ordinal), Timeout);

        var old = await bot.PublishAsync("Debit Sungai Tuntang naik", DeliveryPriority.News, "banjir");
        await bot.WaitUntilAsync(db => db.Deliveries.Any(d => d.ArticleId == old.Id && d.Status == DeliveryStatus.Sent), Timeout, "the first article sent");
        bot.Time.Advance(TimeSpan.FromDays(20));
        var newer = await bot.PublishAsync("Tanggul Sayung diperbaiki", DeliveryPriority.News, "banjir");
        await bot.WaitUntilAsync(db => db.Deliveries.Any(d => d.ArticleId == newer.Id && d.Status == DeliveryStatus.Sent), Timeout, "the second article sent");

        bot.Time.Advance(TimeSpan.FromDays(11)); // 31 days after the first, 11 after the second.
        await bot.TriggerJobAsync(RetentionJob.Key);

        await bot.WaitUntilAsync(db => !db.Deliveries.Any(d => d.ArticleId == old.Id), Timeout, "the month-old delivery deleted");
        await using var state = bot.OpenDatabase();
        Assert.Equal([newer.Id], state.Deliveries.Select(d => d.ArticleId).ToList());
        // The article itself stays: /terbaru and search still find it.
        Assert.Contains(state.Articles, a => a.Id == old.Id);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
