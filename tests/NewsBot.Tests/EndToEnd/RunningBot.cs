using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The real NewsBot app (same registrations as Program) on a free port, with a SQLite file and settings of the test's
/// choosing. Stopping and starting it again over the same file is a restart.
/// </summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly BotDatabase? ownDatabase;

    private RunningBot(WebApplication app, BotDatabase? ownDatabase)
    {
        this.app = app;
        this.ownDatabase = ownDatabase;
    }

    public IServiceProvider Services => app.Services;

    /// <summary>Where the app actually listens (the settings ask for port 0), e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseUrl => new(app.Urls.First() + "/");

    public static async Task<RunningBot> StartAsync(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            // Several apps may run side by side in one test process; Quartz names must not collide.
            ["Scheduling:SchedulerName"] = "newsbot-test-" + Guid.NewGuid().ToString("N"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        all.TryAdd("Urls", "http://127.0.0.1:0");
        // A test that names no database gets a file of its own, never the default data/newsbot.db a run before left behind.
        var ownDatabase = all.ContainsKey("Storage:ConnectionString") ? null : new BotDatabase();
        if (ownDatabase is not null)
        {
            foreach (var (key, value) in ownDatabase.Settings) all[key] = value;
        }
        // The fake news sites of the tests run on loopback, which the SSRF guard refuses by default.
        all.TryAdd("Fetching:AllowPrivateAddresses", "true");
        var app = NewsBotApp.Build([], builder => builder.Configuration.AddInMemoryCollection(all));
        await app.StartAsync();
        return new RunningBot(app, ownDatabase);
    }

    /// <summary>A port that was free a moment ago, for settings that must name the app's own address up front.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public NewsBotDbContext OpenDatabase() =>
        Services.GetRequiredService<IDbContextFactory<NewsBotDbContext>>().CreateDbContext();

    /// <summary>Polls the database until <paramref name="condition"/> holds; the bot works on its own clock.</summary>
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

        throw new TimeoutException($"Timed out after {timeout.TotalSeconds} s waiting for: {what}. State: {await DescribeAsync()}");
    }

    /// <summary>
    /// Waits until no outbox row is waiting or being sent. A row is marked sent only after the platform took it, so
    /// every message the outbox owed, a wrong one included, has reached the fake by then.
    /// </summary>
    /// <summary>
    /// Waits until a pass over the outbox that began after <paramref name="utc"/> has finished: it saw every row as it
    /// was then. Works with the one-instance dispatch job and with the sender of several instances alike.
    /// </summary>
    public async Task WaitForDispatchPassStartedAfterAsync(DateTime utc, TimeSpan timeout, string what)
    {
        var passes = Services.GetRequiredService<DispatchPasses>();
        var deadline = DateTime.UtcNow + timeout;
        while (!(passes.LastFinishedPassStartedUtc > utc))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out after {timeout.TotalSeconds} s waiting for: {what}");
            await Task.Delay(20);
        }
    }

    public Task WaitUntilOutboxIdleAsync(TimeSpan timeout) => WaitUntilAsync(
        db => !db.Deliveries.Any(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending),
        timeout, "no outbox row waiting or being sent");

    /// <summary>
    /// Returns once every answer already queued for the chat has gone out. Answers to a chat leave in the order their
    /// places were taken (see <see cref="ReplyQueue"/>), so a send that does nothing, queued now, runs after all of them:
    /// an answer that should not exist, had its command already run, is at the fake by then.
    /// </summary>
    public Task WaitForQueuedAnswersAsync(ChannelKind channel, string chatId, TimeSpan timeout) =>
        Services.GetRequiredService<ReplyQueue>()
            .SendInOrderAsync(ReplyQueue.ChatKey(channel, chatId), _ => Task.FromResult(true), CancellationToken.None)
            .WaitAsync(timeout);

    /// <summary>What the bot has done so far, so a timeout says where the pipeline stopped.</summary>
    private async Task<string> DescribeAsync()
    {
        await using var db = OpenDatabase();
        var sources = string.Join("; ", db.Sources.AsEnumerable().Select(s =>
            $"source {s.Id} baseline={s.BaselineTaken} failures={s.ConsecutiveFailures} next={s.NextCheckUtc:HH:mm:ss.fff} error={s.LastError}"));
        var deliveries = string.Join(", ", db.Deliveries.AsEnumerable().GroupBy(d => d.Status).Select(g => $"{g.Key}={g.Count()}"));
        return $"{sources}; articles={db.Articles.Count()} (baseline {db.Articles.Count(a => a.IsBaseline)}); deliveries: {deliveries}; now={DateTime.UtcNow:HH:mm:ss.fff}";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        ownDatabase?.Dispose();
    }
}
