using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Bench;

/// <summary>The benchmark's scenarios; each prints one line of figures.</summary>
public static class Scenarios
{
    public static async Task<int> RunAsync(string? only)
    {
        Console.WriteLine($"NewsBot delivery benchmark, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        if (only is null or "ceiling")
        {
            var runs = new List<BroadcastResult>();
            for (var i = 0; i < 3; i++) runs.Add(await BroadcastAsync("ceiling (no server limit)", 100_000, 100_000, false, 0, 0));
            var median = runs.OrderBy(r => r.MessagesPerSecond).ElementAt(1);
            Console.WriteLine($"ceiling median of 3: {median.MessagesPerSecond:F0} msg/s, planning median {runs.Select(r => r.PlanSeconds).Order().ElementAt(1):F2} s, peak RSS max {runs.Max(r => r.PeakRssMb):F0} MB");
        }

        // Not part of the full run (about 4 minutes): shows that memory and per-batch cost do not grow with the audience.
        if (only is "million") await BroadcastAsync("ten times the ceiling audience (no server limit)", 1_000_000, 1_000_000, false, 0, 0);

        if (only is null or "retention") await RetentionBench.RunAsync();
        if (only is null or "telegram") await BroadcastAsync("telegram limits (30/s)", 1_850, 30, false, 30, 0);
        if (only is null or "paid") await BroadcastAsync("paid broadcast (1000/s)", 61_000, 30, true, 1000, 0);
        if (only is null or "faults") await BroadcastAsync("telegram limits + 5% faults", 1_850, 30, false, 30, 0.05);
        if (only is null or "whatsapp") await BroadcastAsync("whatsapp limits (80/s, 1 per 6 s per user)", 5_000, 30, false, 80, 0, whatsApp: true);
        if (only is null or "crash") await CrashTest.RunAsync();
        if (only is null or "burst") await CommandBurstBench.RunAsync();
        if (only is null or "webhook") await WebhookBench.RunAsync();
        if (only is null || only.StartsWith("cluster", StringComparison.Ordinal)) await ClusterBench.RunAsync(only);
        return 0;
    }

    private static async Task<BroadcastResult> BroadcastAsync(
        string name, int subscribers, int botRate, bool paid, int serverLimit, double faultRate, bool whatsApp = false)
    {
        var (server, url) = await ChildProcess.StartServerAsync(serverLimit, faultRate, whatsApp ? 6 : 1);
        var databasePath = Path.Combine(Path.GetTempPath(), $"newsbot-bench-{Guid.NewGuid():N}.db");
        try
        {
            await using var bot = new BotUnderBench(databasePath, url, botRate, paid);
            await bot.MigrateAsync();
            var articleId = await BenchDatabase.SeedAsync(bot.Contexts, subscribers, whatsApp);
            Memory.ResetPeak();

            var planning = Stopwatch.StartNew();
            await bot.Planner.PlanAsync([articleId], 0, CancellationToken.None);
            planning.Stop();

            var sending = Stopwatch.StartNew();
            var summary = await bot.Dispatcher.DispatchDueAsync(CancellationToken.None);
            // Messages whose retry is still ahead (5xx backoff) are sent by further runs, as the periodic job would.
            while (summary.Retrying > 0 || await PendingAsync(bot) > 0)
            {
                await Task.Delay(200);
                summary = await bot.Dispatcher.DispatchDueAsync(CancellationToken.None);
            }

            sending.Stop();
            var stats = await ChildProcess.StatsAsync(url);
            var result = new BroadcastResult(stats.UniqueChats / sending.Elapsed.TotalSeconds, planning.Elapsed.TotalSeconds, Memory.PeakRssMb());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: N={subscribers}, {sending.Elapsed.TotalSeconds:F1} s, {result.MessagesPerSecond:F1} msg/s overall, "
                + $"{stats.SustainedPerSecond:F1} msg/s sustained (5th-95th percentile of arrivals), planning {result.PlanSeconds:F2} s, "
                + $"peak RSS {result.PeakRssMb:F0} MB, rate-limit errors (429 / 130429) {stats.TooManyRequests}, 5xx {stats.ServerErrors}, resets {stats.Resets}, "
                + $"duplicates {stats.Duplicates}, lost {subscribers - stats.UniqueChats}"));
            return result;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
        }
    }

    private static async Task<int> PendingAsync(BotUnderBench bot)
    {
        await using var db = bot.Contexts.CreateDbContext();
        return db.Deliveries.Count(d => d.Status == NewsBot.Storage.DeliveryStatus.Pending || d.Status == NewsBot.Storage.DeliveryStatus.Sending);
    }

    private sealed record BroadcastResult(double MessagesPerSecond, double PlanSeconds, double PeakRssMb);
}
