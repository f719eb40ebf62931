using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;
using Npgsql;

namespace NewsBot.Bench;

/// <summary>
/// Several instances on one PostgreSQL database (NEWSBOT_BENCH_POSTGRES, e.g. what `.ci/postgres start` prints): two
/// real app processes, one sending for the account; the fake Bot API counts what every chat received. Also planning a
/// million subscribers on PostgreSQL.
/// </summary>
public static class ClusterBench
{
    public const string Variable = "NEWSBOT_BENCH_POSTGRES";

    private const int Kills = 5;

    public static async Task RunAsync(string? only)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } server)
        {
            Console.WriteLine($"cluster scenarios skipped: set {Variable} to a PostgreSQL connection string (`.ci/postgres start` prints one)");
            return;
        }

        if (only is null or "cluster")
        {
            var runs = new List<(double Rate, double PeakA, double PeakB)>();
            for (var i = 0; i < 3; i++) runs.Add(await BroadcastAsync(server, "two instances on PostgreSQL (no server limit)", 100_000, 100_000, 0));
            var median = runs.OrderBy(r => r.Rate).ElementAt(1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"two instances median of 3: {median.Rate:F0} msg/s, peak RSS of each instance in that run {median.PeakA:F0} / {median.PeakB:F0} MB"));
        }

        if (only is null or "cluster-telegram") await BroadcastAsync(server, "two instances with telegram limits (30/s)", 1_850, 30, 30);
        if (only is null or "cluster-failover") await FailoverAsync(server);
        if (only is null or "cluster-million") await PlanAsync(server, 1_000_000);
    }

    private static async Task<(double Rate, double PeakA, double PeakB)> BroadcastAsync(string server, string name, int subscribers, int rate, int serverLimit)
    {
        var (fake, url) = await ChildProcess.StartServerAsync(serverLimit, 0);
        await using var database = await BenchPostgres.CreateAsync(server);
        try
        {
            long articleId;
            await using (var bot = new BotUnderBench(StorageProvider.Postgres, database.ConnectionString, url, rate, paidBroadcast: false))
            {
                await bot.MigrateAsync();
                articleId = await BenchDatabase.SeedAsync(bot.Contexts, subscribers);
            }

            var scheduler = "bench-" + Guid.NewGuid().ToString("N")[..8];
            using var a = await ClusterInstance.StartAsync("a", database.ConnectionString, url, scheduler, rate);
            using var b = await ClusterInstance.StartAsync("b", database.ConnectionString, url, scheduler, rate);
            await WaitAsync(() => a.IsSender || b.IsSender, TimeSpan.FromMinutes(1), "a sender");
            a.Memory.ResetPeak();
            b.Memory.ResetPeak();

            // Planned here, as another instance would plan a polled article: the sender finds it at its next look.
            var clock = Stopwatch.StartNew();
            await using (var planner = new BotUnderBench(StorageProvider.Postgres, database.ConnectionString, url, rate, paidBroadcast: false))
            {
                await planner.Planner.PlanAsync([articleId], 0, CancellationToken.None);
            }

            var planned = clock.Elapsed.TotalSeconds;
            ServerStats stats;
            while ((stats = await ChildProcess.StatsAsync(url)).UniqueChats < subscribers) await Task.Delay(100);
            var seconds = clock.Elapsed.TotalSeconds;
            await Task.Delay(TimeSpan.FromSeconds(2)); // late duplicates, if any, would arrive now
            stats = await ChildProcess.StatsAsync(url);
            var (peakA, peakB) = (a.Memory.PeakMb(), b.Memory.PeakMb());
            var sender = a.IsSender ? "a" : "b";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: N={subscribers}, {seconds:F1} s from planning to the last arrival (planning {planned:F2} s), "
                + $"{subscribers / seconds:F1} msg/s overall, {stats.SustainedPerSecond:F1} msg/s sustained, sender {sender}, "
                + $"peak RSS a {peakA:F0} MB, b {peakB:F0} MB, 429 {stats.TooManyRequests}, duplicates {stats.Duplicates}, lost {subscribers - stats.UniqueChats}"));
            return (stats.SustainedPerSecond, peakA, peakB);
        }
        finally
        {
            fake.Kill(entireProcessTree: true);
            await fake.WaitForExitAsync();
        }
    }

    /// <summary>Kills the sending instance with SIGKILL five times in one broadcast, starting a new one each time.</summary>
    private static async Task FailoverAsync(string server)
    {
        const int subscribers = 3_000;
        var (fake, url) = await ChildProcess.StartServerAsync(30, 0);
        await using var database = await BenchPostgres.CreateAsync(server);
        var instances = new List<ClusterInstance>();
        try
        {
            await using (var bot = new BotUnderBench(StorageProvider.Postgres, database.ConnectionString, url, 30, paidBroadcast: false))
            {
                await bot.MigrateAsync();
                var articleId = await BenchDatabase.SeedAsync(bot.Contexts, subscribers);
                await bot.Planner.PlanAsync([articleId], 0, CancellationToken.None);
            }

            var scheduler = "bench-" + Guid.NewGuid().ToString("N")[..8];
            instances.Add(await ClusterInstance.StartAsync("1", database.ConnectionString, url, scheduler, 30));
            instances.Add(await ClusterInstance.StartAsync("2", database.ConnectionString, url, scheduler, 30));
            var takeovers = new List<double>();
            for (var kill = 0; kill < Kills; kill++)
            {
                var sender = await WaitForAsync(() => instances.FirstOrDefault(i => !i.Process.HasExited && i.IsSender), TimeSpan.FromMinutes(1), "a sender");
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2_000, 6_000)));
                sender.Kill();
                var killedAt = Stopwatch.StartNew();
                var received = (await ChildProcess.StatsAsync(url)).Received;
                // Messages already on the wire when it died may still land in the first moment; sending resumed when
                // more keep arriving after that.
                await Task.Delay(300);
                received = (await ChildProcess.StatsAsync(url)).Received;
                while ((await ChildProcess.StatsAsync(url)).Received == received && killedAt.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(50);
                takeovers.Add(killedAt.Elapsed.TotalSeconds);
                instances.Add(await ClusterInstance.StartAsync((instances.Count + 1).ToString(CultureInfo.InvariantCulture), database.ConnectionString, url, scheduler, 30));
            }

            await WaitAsync(() => ChildProcess.StatsAsync(url).Result.UniqueChats >= subscribers, TimeSpan.FromMinutes(5), "every chat");
            await Task.Delay(TimeSpan.FromSeconds(3));
            var stats = await ChildProcess.StatsAsync(url);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"failover (kill -9 of the sender x{Kills}, N={subscribers}, 30/s, check-in 5 s): sending resumed after "
                + $"{string.Join(' ', takeovers.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} s (median {takeovers.Order().ElementAt(takeovers.Count / 2):F1}), "
                + $"lost {subscribers - stats.UniqueChats}, duplicates {stats.Duplicates} (bound per kill: Delivery:MaxUnrecorded = {new NewsBot.Delivery.DeliveryOptions().MaxUnrecorded}), 429 {stats.TooManyRequests}"));
        }
        finally
        {
            foreach (var instance in instances) instance.Dispose();
            fake.Kill(entireProcessTree: true);
            await fake.WaitForExitAsync();
        }
    }

    private static async Task PlanAsync(string server, int subscribers)
    {
        await using var database = await BenchPostgres.CreateAsync(server);
        await using var bot = new BotUnderBench(StorageProvider.Postgres, database.ConnectionString, "http://127.0.0.1:9", 30, paidBroadcast: false);
        await bot.MigrateAsync();
        var articleId = await BenchDatabase.SeedAsync(bot.Contexts, subscribers);
        // A live database has its statistics from autovacuum; one filled a moment ago has none yet.
        await using (var db = bot.Contexts.CreateDbContext()) await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Memory.ResetPeak();
        var clock = Stopwatch.StartNew();
        var planned = await bot.Planner.PlanAsync([articleId], 0, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"planning on PostgreSQL: {planned} deliveries for one article in {clock.Elapsed.TotalSeconds:F2} s, bench process peak RSS {Memory.PeakRssMb():F0} MB"));
    }

    private static async Task WaitAsync(Func<bool> done, TimeSpan timeout, string what) =>
        await WaitForAsync(() => done() ? "" : null, timeout, what);

    private static async Task<T> WaitForAsync<T>(Func<T?> found, TimeSpan timeout, string what)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (found() is { } value) return value;
            await Task.Delay(100);
        }

        throw new TimeoutException($"No {what} within {timeout.TotalSeconds} s.");
    }
}

/// <summary>A database of its own on the benchmark's PostgreSQL server, dropped afterwards.</summary>
public sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string server;
    private readonly string name;

    private BenchPostgres(string server, string name)
    {
        this.server = server;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchPostgres> CreateAsync(string server)
    {
        var database = new BenchPostgres(server, $"newsbot_bench_{Guid.NewGuid():N}");
        await database.ExecuteAsync($"CREATE DATABASE \"{database.name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
