using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>Creates and migrates the database before anything else starts, and switches SQLite to WAL.</summary>
public sealed partial class DatabaseMigrator(IDbContextFactory<NewsBotDbContext> contexts, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var connectionString = db.Database.GetConnectionString();
        if (db.Database.IsSqlite() && connectionString is not null)
        {
            EnsureFolderExists(connectionString);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (chat commands) run while the dispatcher writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(logger, db.Database.ProviderName ?? "unknown");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void EnsureFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database is ready ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);
}
