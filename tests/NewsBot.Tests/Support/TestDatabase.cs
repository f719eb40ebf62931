using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>A real SQLite database in a temporary file, migrated like the app does it, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"newsbot-test-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        ConnectionString = $"Data Source={path}";
        var options = new DbContextOptionsBuilder<SqliteNewsBotDbContext>().UseSqlite(ConnectionString).Options;
        Contexts = new Factory(options);
        using var db = Contexts.CreateDbContext();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public IDbContextFactory<NewsBotDbContext> Contexts { get; }

    public NewsBotDbContext Open() => Contexts.CreateDbContext();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    private sealed class Factory(DbContextOptions<SqliteNewsBotDbContext> options) : IDbContextFactory<NewsBotDbContext>
    {
        public NewsBotDbContext CreateDbContext() => new SqliteNewsBotDbContext(options);
    }
}
