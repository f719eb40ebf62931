using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsBot.Storage;

/// <summary>
/// `NewsBot copy-to-postgres "Host=…;Database=…"`: copies the configured SQLite database (Storage:ConnectionString)
/// into a new PostgreSQL database, then tells what to set to run on it. Stop the bot first: rows written meanwhile
/// would not be copied.
/// </summary>
public static class CopyToPostgresCommand
{
    public const string Verb = "copy-to-postgres";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter errors, ILoggerFactory logging)
    {
        if (args is not [var target, ..] || string.IsNullOrWhiteSpace(target))
        {
            await errors.WriteLineAsync($"Usage: NewsBot {Verb} \"Host=…;Database=…;Username=…;Password=…\" (copies the SQLite database in Storage:ConnectionString into that new, empty PostgreSQL database).");
            return 2;
        }

        if (StorageOptions.ProviderIn(configuration) != StorageProvider.Sqlite)
        {
            await errors.WriteLineAsync($"NewsBot cannot copy: Storage:Provider is already Postgres; {Verb} copies a SQLite database (Storage:ConnectionString) into PostgreSQL.");
            return 1;
        }

        var sqlite = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"] ?? new StorageOptions().ConnectionString;
        if (DatabaseFileCheck.Problem(sqlite) is { } fileProblem)
        {
            await errors.WriteLineAsync("NewsBot cannot copy: " + fileProblem);
            return 1;
        }

        if (StorageOptionsValidator.PostgresProblemWith(target) is { } targetProblem)
        {
            await errors.WriteLineAsync("NewsBot cannot copy: the target " + targetProblem);
            return 2;
        }

        if (PostgresServerCheck.Reason(target, out _) is { } serverProblem)
        {
            await errors.WriteLineAsync("NewsBot cannot copy into the target: " + serverProblem);
            return 1;
        }

        var sqliteOptions = new DbContextOptionsBuilder<SqliteNewsBotDbContext>().UseSqlite(sqlite).Options;
        var postgresOptions = new DbContextOptionsBuilder<PostgresNewsBotDbContext>().UseNpgsql(target).Options;
        var copy = new DatabaseCopy(() => new SqliteNewsBotDbContext(sqliteOptions), () => new PostgresNewsBotDbContext(postgresOptions),
            logging.CreateLogger<DatabaseCopy>());
        try
        {
            var tables = await copy.CopyAsync(CancellationToken.None);
            foreach (var (table, rows) in tables) await output.WriteLineAsync($"{table}: {rows} rows");
            await output.WriteLineAsync($"Copied {tables.Sum(t => t.Rows)} rows. Now set Storage__Provider=Postgres and Storage__ConnectionString to the target, and start NewsBot.");
            return 0;
        }
        catch (InvalidOperationException error) when (error.Message.StartsWith("the target", StringComparison.Ordinal))
        {
            await errors.WriteLineAsync("NewsBot cannot copy: " + error.Message);
            return 1;
        }
        catch (NpgsqlException error)
        {
            await errors.WriteLineAsync($"NewsBot could not finish the copy: PostgreSQL said {error.Message.TrimEnd('.')}. Drop the target database, create it empty and run the copy again.");
            return 1;
        }
    }
}
