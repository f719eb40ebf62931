using Microsoft.Data.Sqlite;

namespace NewsBot.Storage;

/// <summary>
/// Opens the configured SQLite database and tries a write that is rolled back, so that a path NewsBot cannot use is
/// reported on start as a setting to fix instead of as SQLite's own words ("disk I/O error") from deep in a migration,
/// or, for a read-only file, as the first failed delivery hours later.
/// </summary>
public static class DatabaseFileCheck
{
    /// <summary>Null when the database can be written; otherwise why not, completing "Storage:ConnectionString = '...' ".</summary>
    public static string? Problem(SqliteConnectionStringBuilder connection)
    {
        var dataSource = connection.DataSource;
        if (connection.Mode == SqliteOpenMode.Memory || dataSource is ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
            return null;

        var path = Path.GetFullPath(dataSource);
        if (Directory.Exists(path)) return $"must name a database file, but '{path}' is a folder; e.g. \"Data Source={Path.Combine(path, "newsbot.db")}\".";
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
