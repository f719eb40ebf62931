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
            // A kill's duplicates appear in the run after it, when the recovered rows are sent again.
            var duplicatesPerRestart = new List<int>();
            var before = 0;
            for (var run = 0; run <= 10; run++)
            {
                using var child = ChildProcess.Start("dispatch", databasePath, url, rate);
                if (run < 10)
                {
                    // Kill at a random moment while it is sending, not while the runtime starts.
                    while (await child.StandardOutput.ReadLineAsync() is { } line && line != "DISPATCHING") { }
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(300, 2500)));
                    child.Kill(entireProcessTree: true);
                }

                await child.WaitForExitAsync();
                var duplicates = (await ChildProcess.StatsAsync(url)).Duplicates;
                if (run > 0) duplicatesPerRestart.Add(duplicates - before);
                before = duplicates;
            }

            var stats = await ChildProcess.StatsAsync(url);
            var defaults = new DeliveryOptions();
            var bound = defaults.MaxUnrecorded;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"crash test (kill -9 x10, N={Subscribers}, {Rate}/s): lost {Subscribers - stats.UniqueChats}, duplicates {stats.Duplicates} "
                + $"(per restart after a kill: {string.Join(' ', duplicatesPerRestart)}; bound per kill: Delivery:MaxUnrecorded = {bound})"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
        }
    }
}
