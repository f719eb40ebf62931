using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Support;
using Quartz;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The real NewsBot app on a clock the test moves: digest hours and quiet hours are wall-clock times, which a test
/// cannot wait for. Articles are stored and planned through the app's own services, as the ingester does after a poll.
/// </summary>
public sealed class DigestClockBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly BotDatabase? ownDatabase;

    private DigestClockBot(WebApplication app, FakeTimeProvider time, BotDatabase? ownDatabase)
    {
        this.app = app;
        this.ownDatabase = ownDatabase;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => app.Services;

    public Uri BaseUrl => new(app.Urls.First() + "/");

    /// <summary>Starts the bot with its clock at <paramref name="nowUtc"/>.</summary>
    public static async Task<DigestClockBot> StartAsync(DateTime nowUtc, IDictionary<string, string?> settings)
    {
        var time = new FakeTimeProvider(nowUtc);
        var all = new Dictionary<string, string?>(settings)
        {
            ["Scheduling:SchedulerName"] = "newsbot-digest-test-" + Guid.NewGuid().ToString("N"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Urls"] = "http://127.0.0.1:0",
            ["Sample:Enabled"] = "false",
            // These tests are about hours, not pace: a chat's turn comes back at once, so a reply and the news right after
            // it never leave a row waiting for a second of a clock that only the test moves.
            ["Delivery:Telegram:PerChatMessagesPerSecond"] = "100",
            ["Delivery:WhatsApp:PerChatInterval"] = "00:00:00.010",
        };
        // A test that names no database gets a file of its own, never the default data/newsbot.db a run before left behind.
        var ownDatabase = all.ContainsKey("Storage:ConnectionString") ? null : new BotDatabase();
        if (ownDatabase is not null)
        {
            foreach (var (key, value) in ownDatabase.Settings) all[key] = value;
        }
        var app = NewsBotApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(all);
            builder.Services.AddSingleton<TimeProvider>(time);
        });
        await app.StartAsync();
        return new DigestClockBot(app, time, ownDatabase);
    }

    public NewsBotDbContext OpenDatabase() => Services.GetRequiredService<IDbContextFactory<NewsBotDbContext>>().CreateDbContext();

    /// <summary>Stores an article and plans its deliveries at <paramref name="priority"/>, then starts dispatch.</summary>
    public async Task<Article> PublishAsync(string title, int priority, params string[] tags)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        Article article;
        await using (var db = OpenDatabase())
        {
            var source = await db.Sources.FirstOrDefaultAsync() ?? db.Sources.Add(new Source
            {
                // The articles are stored here, not fetched: the source sits on a loopback port nothing listens on and is
                // next due in a year, so no test that moves the clock by days or weeks polls it.
                Name = "Kabupaten Demak", Url = "http://127.0.0.1:9/feed", CreatedUtc = now, NextCheckUtc = now.AddYears(1), BaselineTaken = true,
            }).Entity;
            article = new Article
            {
                Source = source, ItemKey = Guid.NewGuid().ToString("N"), Url = $"https://demakkab.go.id/berita/{Guid.NewGuid():N}",
                Title = title, Summary = $"{title}, kata pejabat Pemkab Demak.", PublishedUtc = now, FirstSeenUtc = now,
                Tags = tags.Select(t => new ArticleTag { Tag = t }).ToList(),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        }

        await Services.GetRequiredService<DeliveryPlanner>().PlanAsync([article.Id], priority, CancellationToken.None);
        await Services.GetRequiredService<IDispatchNow>().TriggerAsync(CancellationToken.None);
        return article;
    }

    /// <summary>Fires a Quartz job now, as its own tick would.</summary>
    public async Task TriggerJobAsync(JobKey job)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(job);
    }

    public async Task WaitUntilAsync(Func<NewsBotDbContext, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using (var db = OpenDatabase())
            {
                if (condition(db)) return;
            }

            await Task.Delay(100);
        }

        await using var state = OpenDatabase();
        var deliveries = string.Join(", ", state.Deliveries.AsEnumerable().Select(d => $"{d.Id}:{d.Status}@{d.DueUtc:HH:mm} p{d.Priority} digest {d.DigestId}"));
        throw new TimeoutException($"Timed out waiting for: {what}. Deliveries: {deliveries}; clock {Time.GetUtcNow():HH:mm} UTC");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        ownDatabase?.Dispose();
    }
}
