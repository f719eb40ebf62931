using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Bench;

/// <summary>
/// What a month of broadcasts leaves in the database and what the retention clean-up costs: one article sent to N
/// subscribers 40 days ago, deleted by the bot's own retention service, timed, with the file's used size before and after.
/// </summary>
public static class RetentionBench
{
    private const int Subscribers = 1_000_000;

    public static async Task RunAsync()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"newsbot-retention-{Guid.NewGuid():N}.db");
        try
        {
            await using var bot = new BotUnderBench(databasePath, "http://127.0.0.1:9", 30, paidBroadcast: false);
            await bot.MigrateAsync();
            var articleId = await BenchDatabase.SeedAsync(bot.Contexts, Subscribers);
            var sentUtc = DateTime.UtcNow.AddDays(-40);
            await using (var db = bot.Contexts.CreateDbContext())
            {
                var sent = (int)DeliveryStatus.Sent;
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Deliveries" ("ArticleId", "SubscriberId", "Priority", "Status", "DueUtc", "Attempts", "CreatedUtc", "FinishedUtc")
                    SELECT {articleId}, "Id", 0, {sent}, {sentUtc}, 0, {sentUtc}, {sentUtc} FROM "Subscribers"
                    """);
            }

            var before = await UsedMegabytesAsync(bot);
            var clock = Stopwatch.StartNew();
            var counts = await bot.Retention.PruneAsync(CancellationToken.None);
            clock.Stop();
            var after = await UsedMegabytesAsync(bot);
            var batches = Math.Ceiling(counts.Deliveries / 5_000.0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"retention: {counts.Deliveries} finished deliveries of 40 days ago deleted in {clock.Elapsed.TotalSeconds:F1} s "
                + $"({counts.Deliveries / clock.Elapsed.TotalSeconds:F0} rows/s, {clock.Elapsed.TotalMilliseconds / batches:F0} ms a batch of 5,000 on average, "
                + $"a write the dispatcher may wait behind); database pages in use {before:F0} MB before, {after:F0} MB after "
                + $"({(before - after) * 1024 * 1024 / Math.Max(1, counts.Deliveries):F0} bytes per delivery row)"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
        }
    }

    /// <summary>Pages in use (the file keeps freed pages for reuse, so its size on disk does not shrink).</summary>
    private static async Task<double> UsedMegabytesAsync(BotUnderBench bot)
    {
        await using var db = bot.Contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()), (SELECT page_size FROM pragma_page_size())";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0) * reader.GetInt64(1) / 1024.0 / 1024.0;
    }
}
