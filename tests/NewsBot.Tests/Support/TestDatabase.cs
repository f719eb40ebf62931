using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>
/// A real database, migrated like the app does it, removed afterwards: a SQLite file, or a PostgreSQL database when
/// the tests run on PostgreSQL (<see cref="TestPostgres"/>), with contexts to open on it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly BotDatabase database = new();

    public TestDatabase()
    {
        if (TestPostgres.IsUsed)
        {
            // Copied from a migrated template.
            var options = TestPostgres.Options(ConnectionString);
            Contexts = new Factory(() => new PostgresNewsBotDbContext(options));
            return;
        }

        var sqlite = new DbContextOptionsBuilder<SqliteNewsBotDbContext>().UseSqlite(ConnectionString).Options;
        Contexts = new Factory(() => new SqliteNewsBotDbContext(sqlite));
        using var db = Contexts.CreateDbContext();
        db.Database.Migrate();
    }

    public string ConnectionString => database.ConnectionString;

    /// <summary>The provider's full-text table, for building the search index by hand.</summary>
    public NewsBot.Storage.Search.ISearchTable SearchTable => TestPostgres.IsUsed
        ? new NewsBot.Storage.Search.PostgresSearchTable()
        : new NewsBot.Storage.Search.Fts5SearchTable();

    public IDbContextFactory<NewsBotDbContext> Contexts { get; }

    public NewsBotDbContext Open() => Contexts.CreateDbContext();

    public void Dispose() => database.Dispose();

    private sealed class Factory(Func<NewsBotDbContext> create) : IDbContextFactory<NewsBotDbContext>
    {
        public NewsBotDbContext CreateDbContext() => create();
    }
}
