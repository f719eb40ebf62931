using Microsoft.Data.Sqlite;

namespace NewsBot.Storage;

/// <summary>
/// Creates the database's folder, opens the database and tries a write that is rolled back, so that a path NewsBot
/// cannot use is reported on start as a setting to fix instead of as SQLite's own words ("disk I/O error") from deep in
/// a migration, or, for a read-only file, as the first failed delivery hours later. Run once the settings passed
/// their checks (<see cref="StorageOptionsValidator"/> parses the connection string), so a refused start leaves no
/// folder behind; the migrator would create the same folder and file a moment later.
/// </summary>
public static class DatabaseFileCheck
{
    /// <summary>Null when the database can be written; otherwise a line naming the setting and what is wrong.</summary>
    public static string? Problem(string connectionString)
    {
        var connection = new SqliteConnectionStringBuilder(connectionString);
        if (StorageOptionsValidator.IsInMemory(connection)) return null;
        var problem = ProblemWith(connection);
        return problem is null ? null : StorageOptionsValidator.ConnectionString.Problem(connectionString, problem);
    }

    private static string? ProblemWith(SqliteConnectionStringBuilder connection)
    {
        var path = Path.GetFullPath(connection.DataSource);
        var folder = Path.GetDirectoryName(path);
        try
        {
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var reason = error is UnauthorizedAccessException ? " (permission denied)" : "";
            return $"cannot be used: the folder '{folder}' does not exist and cannot be created{reason}.";
        }

        try
        {
            using var sqlite = new SqliteConnection(connection.ConnectionString);
            sqlite.Open();
            using var probe = sqlite.CreateCommand();
            probe.CommandText = "BEGIN IMMEDIATE; CREATE TABLE newsbot_write_probe (x); ROLLBACK;";
            probe.ExecuteNonQuery();
            return null;
        }
        catch (SqliteException error)
        {
            return "cannot be used: " + Explain(error, path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"cannot be used: {error.Message}";
        }
    }

    private static string Explain(SqliteException error, string path) => error.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_READONLY => "the database is read-only (file permissions, a read-only disk or Mode=ReadOnly) and NewsBot must write to it.",
        SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH =>
            $"SQLite cannot open or create '{path}' (check that the folder exists and NewsBot may write to it).",
        SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT => $"'{path}' is not a SQLite database (or it is damaged).",
        SQLitePCL.raw.SQLITE_FULL => "the disk is full.",
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => "another program holds the database locked.",
        SQLitePCL.raw.SQLITE_IOERR => $"SQLite reports a disk I/O error on '{path}' (a read-only or failing disk?).",
        _ => $"SQLite error {error.SqliteErrorCode} on '{path}'.",
    };
}
