using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;
using Npgsql;

namespace NewsBot.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run on when NEWSBOT_TEST_POSTGRES holds a connection string to it (as `.ci/postgres
/// start` prints): every test database is then a new PostgreSQL database instead of a SQLite file. Each is copied from
/// a template migrated once per run, which takes a few milliseconds where migrating would take half a second.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "NEWSBOT_TEST_POSTGRES";

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object CopyingTemplate = new();

    /// <summary>The server's connection string, or null when the tests run on SQLite.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool IsUsed => Server is not null;

    /// <summary>Creates a new database migrated like the app does it; returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = $"newsbot_test_{Guid.NewGuid():N}";
        var template = Template.Value;
        // PostgreSQL copies a template only while nobody else is copying or using it.
        lock (CopyingTemplate) Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return For(name);
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        // FORCE: an app that was killed (a crash test) may still hold connections.
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static DbContextOptions<PostgresNewsBotDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresNewsBotDbContext>().UseNpgsql(connectionString).Options;

    private static string For(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, MaxPoolSize = 20 }.ConnectionString;

    private static string CreateTemplate()
    {
        var name = $"newsbot_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..50];
        Execute($"CREATE DATABASE \"{name}\"");
        var connectionString = For(name);
        using (var db = new PostgresNewsBotDbContext(Options(connectionString)))
        {
            db.Database.Migrate();
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDrop(name);
        return name;
    }

    private static void TryDrop(string name)
    {
        try
        {
            Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The throwaway server is removed with its data at the end of the run anyway.
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
