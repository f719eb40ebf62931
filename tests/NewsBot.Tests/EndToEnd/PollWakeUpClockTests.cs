using Microsoft.Extensions.DependencyInjection;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using Quartz;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The poll job's wake-up for the next due source is set on the clock Quartz runs on (the app's). Set on the machine's
/// clock instead, it lay days in the past once the app's clock ran ahead; Quartz fired it at once, the job set it in the
/// past again, and the job ran without pause (thousands of runs a second, gigabytes of memory) until the process died.
/// </summary>
public sealed class PollWakeUpClockTests : IAsyncLifetime
{
    private readonly BotDatabase database = new();
    private FakeNewsSite site = null!;
    private FakeTelegramServer telegram = null!;

    public async Task InitializeAsync()
    {
        site = await FakeNewsSite.StartAsync();
        telegram = await FakeTelegramServer.StartAsync();
    }

    [Fact]
    public async Task After_the_clock_jumps_days_ahead_the_poll_job_runs_once_per_due_source_not_in_a_loop()
    {
        var start = DateTime.UtcNow.Date.AddHours(2);
        await using var bot = await DigestClockBot.StartAsync(start, new Dictionary<string, string?>(telegram.BotSettings())
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Fetching:AllowPrivateAddresses"] = "true", // the fake site listens on 127.0.0.1
            ["Scheduling:SourceCheckInterval"] = "01:00:00", // the source (every 5 minutes) is woken for, not ticked for
        });
        await using (var db = bot.OpenDatabase())
        {
            db.Sources.Add(new Source
            {
                Name = "Kabupaten Demak", Url = site.FeedUrl.ToString(), CreatedUtc = start, NextCheckUtc = start.AddDays(1),
                BaselineTaken = true, PollIntervalSeconds = 300,
            });
            await db.SaveChangesAsync();
        }

        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        bot.Time.Advance(TimeSpan.FromDays(3));
        var before = (await scheduler.GetMetadata()).JobsExecuted;
        await bot.TriggerJobAsync(PollSourcesJob.Key);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (site.FeedRequests == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(1, site.FeedRequests);
        // Kept: no event marks a job that rightly did not run again; a looping one shows only as thousands of runs in this while.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var runs = (await scheduler.GetMetadata()).JobsExecuted - before;
        Assert.InRange(runs, 1, 10);
        Assert.Equal(1, site.FeedRequests);
        var wake = await scheduler.GetTrigger(new TriggerKey("poll-due-sources-wake"));
        // The in-memory store (SQLite) has moved the hourly tick past the next due time, so a wake-up is set. The
        // clustered store (PostgreSQL) handles the tick's misfire in its own thread, so the tick may still be due now,
        // and then no wake-up is needed; either way, one that is set must lie ahead of the app's clock.
        if (!TestPostgres.IsUsed) Assert.NotNull(wake);
        if (wake?.NextFireTimeUtc is { } at)
            Assert.True(at > bot.Time.GetUtcNow(), $"The wake-up at {at:u} lies before the app's clock ({bot.Time.GetUtcNow():u}).");

        // The clock moves on by another week, past the wake-up: Quartz handles that misfire on the same clock, once.
        before = (await scheduler.GetMetadata()).JobsExecuted;
        bot.Time.Advance(TimeSpan.FromDays(7));
        // The clustered store (PostgreSQL) looks for misfires every minute of real time, not at once: fire the tick
        // ourselves there, as that look would, and check the same thing, one run and one poll, not a loop.
        if (TestPostgres.IsUsed) await bot.TriggerJobAsync(PollSourcesJob.Key);
        deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (site.FeedRequests < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        await Task.Delay(TimeSpan.FromSeconds(2)); // the same window, for the same reason
        Assert.InRange((await scheduler.GetMetadata()).JobsExecuted - before, 1, 10);
        Assert.Equal(2, site.FeedRequests);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }
}
