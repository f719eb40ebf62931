using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;

namespace NewsBot.Bench;

/// <summary>
/// Kills the dispatching process with SIGKILL at random moments, ten times, then lets it finish; the fake server
/// counts what every chat received.
/// </summary>
public static class CrashTest
{
    private const int Subscribers = 20_000;
    private const int Rate = 2_000;

    public static async Task RunAsync()
    {
        var (server, url) = await ChildProcess.StartServerAsync(0, 0);
        var databasePath = Path.Combine(Path.GetTempPath(), $"newsbot-crash-{Guid.NewGuid():N}.db");
        try
        {
            await using (var bot = new BotUnderBench(databasePath, url, Rate, paidBroadcast: false))
            {
                await bot.MigrateAsync();
                await bot.Planner.PlanAsync([await BenchDatabase.SeedAsync(bot.Contexts, Subscribers)], 0, CancellationToken.None);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var rate = Rate.ToString(CultureInfo.InvariantCulture);
            var duplicatesPerKill = new List<int>();
            for (var kill = 0; kill < 10; kill++)
            {
                var before = await ChildProcess.StatsAsync(url);
                using var child = ChildProcess.Start("dispatch", databasePath, url, rate);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(700, 2500)));
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
                duplicatesPerKill.Add((await ChildProcess.StatsAsync(url)).Duplicates - before.Duplicates);
            }

            using (var last = ChildProcess.Start("dispatch", databasePath, url, rate))
            {
                await last.WaitForExitAsync();
            }

            var stats = await ChildProcess.StatsAsync(url);
            var defaults = new DeliveryOptions();
            var bound = defaults.MaxConcurrentSends + Math.Min(defaults.RecordBatchSize, (int)(Rate * defaults.RecordInterval.TotalSeconds) + 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"crash test (kill -9 x10, N={Subscribers}, {Rate}/s): lost {Subscribers - stats.UniqueChats}, duplicates {stats.Duplicates} "
                + $"(per kill: {string.Join(' ', duplicatesPerKill)}; bound per kill {bound} = in-flight sends {defaults.MaxConcurrentSends} + unrecorded outcomes)"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
        }
    }
}
