using Npgsql;

namespace NewsBot.Storage;

/// <summary>
/// Connects to the configured PostgreSQL server once before anything starts, so that a server that is down, a wrong
/// password or a missing permission is reported as the setting to fix, in one line, instead of as a stack trace from
/// the first migration. A database that does not exist yet is fine: the migrator creates it.
/// </summary>
public static class PostgresServerCheck
{
    /// <summary>Null when the server answers and lets NewsBot in; otherwise a line naming the setting and what is wrong.</summary>
    public static string? Problem(string connectionString, out bool databaseExists) =>
        Reason(connectionString, out databaseExists) is { } reason
            ? StorageOptionsValidator.ConnectionString.Problem(connectionString, "cannot be used: " + reason)
            : null;

    /// <summary>Null when the server answers and lets NewsBot in; otherwise what is wrong, without naming a setting.</summary>
    public static string? Reason(string connectionString, out bool databaseExists)
    {
        databaseExists = false;
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        // A start should not hang for the driver's default of 15 s a try when the server is simply not there.
        if (settings.Timeout > 5) settings.Timeout = 5;
        var where = $"{settings.Host}:{settings.Port}";
        try
        {
            using var connection = new NpgsqlConnection(settings.ConnectionString);
            connection.Open();
            databaseExists = true;
            return null;
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null; // the database is created by the migrator
        }
        catch (PostgresException error)
        {
            return Explain(error, settings);
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            var reason = error.InnerException is System.Net.Sockets.SocketException socket ? socket.SocketErrorCode.ToString() : error.Message.TrimEnd('.');
            return $"no PostgreSQL server answers at {where} ({reason}); start the server, or correct Host and Port.";
        }
    }

    private static string Explain(PostgresException error, NpgsqlConnectionStringBuilder settings) => error.SqlState switch
    {
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
            $"PostgreSQL refused user '{settings.Username}' ({error.MessageText}); check Username and Password.",
        PostgresErrorCodes.InsufficientPrivilege => $"user '{settings.Username}' may not connect to database '{settings.Database}'.",
        PostgresErrorCodes.TooManyConnections => "the PostgreSQL server has no free connection; raise max_connections or lower Maximum Pool Size.",
        _ => $"PostgreSQL answered {error.SqlState}: {error.MessageText}.",
    };
}
