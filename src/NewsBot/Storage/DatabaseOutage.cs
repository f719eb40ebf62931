using System.Data.Common;
using Npgsql;

namespace NewsBot.Storage;

/// <summary>
/// Tells a database that is away for a while (a PostgreSQL server restarting, a connection cut, SQLite busy) from a
/// mistake in what was asked of it. Work that meets an outage waits and tries again; a mistake is reported as one.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>How long to wait before the next try after <paramref name="failures"/> failures in a row: 0.5 s doubling to 8 s.</summary>
    public static TimeSpan Backoff(int failures) => TimeSpan.FromMilliseconds(500 * Math.Pow(2, Math.Clamp(failures - 1, 0, 4)));

    /// <summary>Whether <paramref name="error"/> or one it wraps (EF Core wraps them) says the database is away.</summary>
    public static bool IsOutage(Exception error)
    {
        for (var current = (Exception?)error; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // The server said it is shutting down, starting up, out of connections or cut the connection
                // (classes 08, 53 and 57P: 57P01 is "terminating connection due to administrator command").
                case PostgresException postgres:
                    return postgres.IsTransient || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                // Below the protocol: refused, reset or timed out; Npgsql wraps the socket error.
                case NpgsqlException:
                    return true;
                case DbException database when database.IsTransient:
                    return true;
                case System.Net.Sockets.SocketException or TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
