using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Storage;

namespace NewsBot.Bench;

/// <summary>
/// Citizens and admins under load, through the real app (long polling, command handler, reply queue, outbox) against
/// <see cref="ChatServer"/> in its own process, which enforces Telegram's limits strictly:
///   1. 1,000 chats each send /langganan within 3 s: how many answered, how fast, 429s, requests sent while penalised;
///   2. a broadcast to those 1,000 chats at the ceiling;
///   3. the same 1,000 chats write again while a second broadcast is sending: answers against news;
///   4. 50 sources fail at once: the admin alerts that reach the owner.
/// </summary>
public static class CommandBurstBench
{
    private const int Citizens = 1_000;
    private const int FirstChat = 100_000;
    private const long Owner = 1;

    public static async Task RunAsync()
    {
        var (server, url) = await ChildProcess.StartAsync("chatserver");
        var databasePath = Path.Combine(Path.GetTempPath(), $"newsbot-burst-{Guid.NewGuid():N}.db");
        try
        {
            var app = await StartAppAsync(url, databasePath, failingSources: 0);
            await using var stop = new AsyncStop(app);
            using var http = new HttpClient { BaseAddress = new Uri(url) };

            var started = DateTime.UtcNow;
            await InjectAsync(http, FirstChat, Citizens, 3, "/langganan banjir");
            var burst = await WaitAsync(http, s => s.ChatsAnswered >= Citizens, TimeSpan.FromMinutes(3));
            Print("1. 1,000 commands in 3 s", burst, started, $"answered {burst.ChatsAnswered} of {Citizens} chats, last answer {Seconds(burst.LastReplyAt, started)} s after the first command");

            await BroadcastAsync(app, "SIAGA banjir: tanggul Sungai Wulan dipantau");
            var broadcast = await WaitAsync(http, s => s.News >= Citizens, TimeSpan.FromMinutes(3));
            Print("2. broadcast to the same 1,000 chats", broadcast, started, $"{broadcast.News} news, sustained {broadcast.NewsSustainedPerSecond:F1} msg/s");

            var second = DateTime.UtcNow;
            await BroadcastAsync(app, "SIAGA banjir: warga bantaran diminta waspada");
            await Task.Delay(TimeSpan.FromSeconds(3));
            var before = await StatsAsync(http);
            (await http.PostAsync("/reset-latencies", null)).EnsureSuccessStatusCode();
            await InjectAsync(http, FirstChat, Citizens, 3, "/topikku");
            var during = await WaitAsync(http, s => s.Replies >= before.Replies + Citizens && s.News >= 2 * Citizens, TimeSpan.FromMinutes(5));
            Print("3. 1,000 commands during a broadcast", during, second,
                $"commands from 3 s, last answer {Seconds(during.LastReplyAt, second)} s, last news {Seconds(during.LastNewsAt, second)} s after the broadcast began "
                + $"(news sent before the commands: {before.News - Citizens})");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            DeleteDatabase(databasePath);
        }

        await FailingSourcesAsync();
    }

    private static async Task FailingSourcesAsync()
    {
        var (server, url) = await ChildProcess.StartAsync("chatserver");
        var databasePath = Path.Combine(Path.GetTempPath(), $"newsbot-alerts-{Guid.NewGuid():N}.db");
        try
        {
            var started = DateTime.UtcNow;
            var app = await StartAppAsync(url, databasePath, failingSources: 50);
            await using var stop = new AsyncStop(app);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            List<string> texts;
            int raised;
            do
            {
                await Task.Delay(1000);
                texts = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<string>>(http, $"/texts/{Owner}"))!;
                await using var db = app.Services.GetRequiredService<IDbContextFactory<NewsBotDbContext>>().CreateDbContext();
                raised = await db.AdminNotices.CountAsync(n => n.ChatId == Owner.ToString(CultureInfo.InvariantCulture));
            }
            while (DateTime.UtcNow < deadline && (raised < 50 || texts.Sum(t => CountOccurrences(t, "gagal dibaca")) < raised));

            var stats = await StatsAsync(http);
            var reported = Enumerable.Range(1, 50).Count(id => texts.Any(t => t.Contains($"Sumber #{id} ", StringComparison.Ordinal)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"4. 50 sources failing at once: {raised} alerts raised for the owner, {reported} of 50 sources named in {texts.Count} messages, "
                + $"last at {Seconds(stats.LastReplyAt, started)} s; 429s {stats.TooManyRequests}, requests while penalised {stats.RequestsWhilePenalised}"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            DeleteDatabase(databasePath);
        }
    }

    private static async Task<WebApplication> StartAppAsync(string url, string databasePath, int failingSources)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:NewsBot.Chat.Admin.AdminAlertSender"] = "None",
            ["Storage:ConnectionString"] = $"Data Source={databasePath}",
            ["Telegram:BotToken"] = "123456:BENCH-fake-token-for-benchmarks",
            ["Telegram:ApiBaseUrl"] = url,
            ["Sample:Enabled"] = "false",
            ["Admins:Telegram:Owners:0"] = Owner.ToString(CultureInfo.InvariantCulture),
            ["Scheduling:DispatchInterval"] = "00:00:00.500",
            ["Scheduling:SourceCheckInterval"] = "00:00:01",
            ["Sources:AlertAfterFailures"] = "1",
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Chat:CommandsPerChat"] = "100",
        };
        for (var i = 0; i < failingSources; i++)
        {
            settings[$"Sources:Feeds:{i}:Name"] = $"Desa {i + 1}";
            settings[$"Sources:Feeds:{i}:Url"] = $"{url}/feeds/{i + 1}";
        }

        var app = NewsBotApp.Build([], builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        return app;
    }

    private static async Task BroadcastAsync(WebApplication app, string title)
    {
        long articleId;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<NewsBotDbContext>>().CreateDbContext())
        {
            var now = DateTime.UtcNow;
            var source = await db.Sources.FirstOrDefaultAsync() ?? db.Sources.Add(new Source
            {
                Name = "Bench", Url = "https://bench.invalid/feed", CreatedUtc = now, NextCheckUtc = now.AddDays(1), BaselineTaken = true,
            }).Entity;
            var article = new Article
            {
                Source = source, ItemKey = Guid.NewGuid().ToString("N"), Url = $"https://bench.invalid/{Guid.NewGuid():N}",
                Title = title, Summary = "Warga diminta waspada.", PublishedUtc = now, FirstSeenUtc = now,
                Tags = [new ArticleTag { Tag = "banjir" }],
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            articleId = article.Id;
        }

        await app.Services.GetRequiredService<DeliveryPlanner>().PlanAsync([articleId], DeliveryPriority.News, CancellationToken.None);
        await app.Services.GetRequiredService<IDispatchNow>().TriggerAsync(CancellationToken.None);
    }

    private static async Task InjectAsync(HttpClient http, int from, int count, double seconds, string text)
    {
        using var response = await http.PostAsync(
            string.Create(CultureInfo.InvariantCulture, $"/inject?from={from}&count={count}&seconds={seconds}&text={Uri.EscapeDataString(text)}"), null);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<ChatServerStats> WaitAsync(HttpClient http, Func<ChatServerStats, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var stats = await StatsAsync(http);
            if (done(stats) || DateTime.UtcNow > deadline) return stats;
            await Task.Delay(250);
        }
    }

    private static async Task<ChatServerStats> StatsAsync(HttpClient http) =>
        (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<ChatServerStats>(http, "/stats"))!;

    private static void Print(string step, ChatServerStats stats, DateTime started, string detail) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step}: {detail}; answer latency median {stats.ReplyLatencyMedian:F1} s, p95 {stats.ReplyLatencyP95:F1} s, max {stats.ReplyLatencyMax:F1} s; "
            + $"429s {stats.TooManyRequests}, requests while penalised {stats.RequestsWhilePenalised} (since start {(DateTime.UtcNow - started).TotalSeconds:F0} s)"));

    private static string Seconds(DateTime? at, DateTime from) => at is { } value ? (value - from).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "-";

    private static int CountOccurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Stops the app (its scheduler first) before it is disposed, as the host does on Ctrl+C.</summary>
    private sealed class AsyncStop(WebApplication app) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static void DeleteDatabase(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
    }
}
