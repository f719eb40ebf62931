namespace NewsBot.Tests.Support;

/// <summary>
/// A database for a bot a test starts, removed when the test ends: a SQLite file path (created by the app), or, when
/// the tests run on PostgreSQL (<see cref="TestPostgres"/>), a database of its own on that server.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private readonly string sqlitePath = Path.Combine(Path.GetTempPath(), $"newsbot-e2e-{Guid.NewGuid():N}.db");

    public BotDatabase()
    {
        if (TestPostgres.IsUsed)
        {
            Provider = "Postgres";
            ConnectionString = TestPostgres.CreateDatabase();
        }
        else
        {
            Provider = "Sqlite";
            ConnectionString = $"Data Source={sqlitePath}";
        }
    }

    /// <summary>The value for Storage:Provider.</summary>
    public string Provider { get; }

    /// <summary>The value for Storage:ConnectionString.</summary>
    public string ConnectionString { get; }

    /// <summary>The two Storage settings, for a test's settings dictionary.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Storage:Provider", Provider),
        new("Storage:ConnectionString", ConnectionString),
    ];

    public void Dispose()
    {
        if (TestPostgres.IsUsed)
        {
            TestPostgres.DropDatabase(ConnectionString);
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }
}
