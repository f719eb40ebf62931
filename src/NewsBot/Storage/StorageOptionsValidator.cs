using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Storage;

/// <summary>
/// Checks Storage:ConnectionString on start, without touching the disk or the network: for SQLite that it parses and
/// names a database file, not a folder; for PostgreSQL that it parses and names a server and a database. Whether the file can be written is <see cref="DatabaseFileCheck"/>'s, once all settings passed.
/// </summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public static readonly Setting ConnectionString = new($"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}");

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString)) return ValidateOptionsResult.Skip; // [Required] says so
        var problem = options.Provider == StorageProvider.Postgres ? PostgresProblemWith(options.ConnectionString) : ProblemWith(options.ConnectionString);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(ConnectionString.Problem(options.ConnectionString, problem));
    }

    private static string? ProblemWith(string connectionString)
    {
        SqliteConnectionStringBuilder connection;
        try
        {
            connection = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidOperationException)
        {
            return $"must be a SQLite connection string such as \"Data Source=data/newsbot.db\" ({error.Message.Split(". ")[0].TrimEnd('.')}).";
        }

        if (!string.IsNullOrEmpty(connection.Password))
            return "must not set a Password: the bundled SQLite does not encrypt databases (protect the file with permissions instead).";
        if (string.IsNullOrWhiteSpace(connection.DataSource))
            return "must name the database file, e.g. \"Data Source=data/newsbot.db\".";
        if (IsInMemory(connection)) return null;

        var path = Path.GetFullPath(connection.DataSource);
        return Directory.Exists(path) ? $"must name a database file, but '{path}' is a folder; e.g. \"Data Source={Path.Combine(path, "newsbot.db")}\"." : null;
    }

    /// <summary>Null for a usable PostgreSQL connection string; otherwise what is wrong (also the copy command's check).</summary>
    public static string? PostgresProblemWith(string connectionString)
    {
        Npgsql.NpgsqlConnectionStringBuilder connection;
        try
        {
            connection = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            // Npgsql names an unknown keyword only as the argument it could not set, or not at all (a missing key).
            var reason = error switch
            {
                ArgumentException { ParamName: { Length: > 0 } keyword } => $"'{keyword}' is not a keyword Npgsql knows",
                KeyNotFoundException => "it has a keyword Npgsql does not know",
                _ => error.Message.Split(". ")[0].TrimEnd('.'),
            };
            return $"must be a PostgreSQL connection string such as \"Host=127.0.0.1;Database=newsbot;Username=newsbot;Password=…\" ({reason}).";
        }

        if (string.IsNullOrWhiteSpace(connection.Host))
            return "must name the PostgreSQL server with Host=…, e.g. \"Host=127.0.0.1;Database=newsbot;Username=newsbot\" (Storage:Provider is Postgres).";
        if (string.IsNullOrWhiteSpace(connection.Database))
            return "must name the database with Database=…, e.g. \"Host=127.0.0.1;Database=newsbot;Username=newsbot\".";
        return null;
    }

    /// <summary>Tests' in-memory databases, and "file:" URIs whose path SQLite resolves itself, are left to SQLite.</summary>
    public static bool IsInMemory(SqliteConnectionStringBuilder connection) =>
        connection.Mode == SqliteOpenMode.Memory || connection.DataSource is ":memory:"
        || connection.DataSource.StartsWith("file:", StringComparison.Ordinal);
}
