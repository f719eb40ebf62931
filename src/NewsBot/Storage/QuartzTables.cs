using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsBot.Storage;

/// <summary>
/// The tables of Quartz's clustered job store on PostgreSQL, created by the app's migration from the script Quartz
/// itself ships for this (embedded in its assembly: it creates only what is missing and never drops anything), so the
/// scheduler's schema is versioned with the app's own and matches the Quartz version the app runs.
/// </summary>
public static class QuartzTables
{
    public const string Prefix = "qrtz_";

    private const string PostgresScript = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    // The script separates its statements with a line reading exactly this.
    private const string Separator = "--;;";

    public static void CreatePostgres(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in PostgresStatements()) migrationBuilder.Sql(statement);
    }

    public static void DropPostgres(MigrationBuilder migrationBuilder)
    {
        foreach (var table in PostgresStatements().Select(TableCreatedBy).OfType<string>().Reverse())
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {table} CASCADE;");
    }

    private static string? TableCreatedBy(string statement)
    {
        const string create = "CREATE TABLE IF NOT EXISTS ";
        var at = statement.IndexOf(create, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : statement[(at + create.Length)..].Split([' ', '(', '\n'], 2)[0];
    }

    public static IEnumerable<string> PostgresStatements()
    {
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(PostgresScript)
            ?? throw new InvalidOperationException($"The Quartz assembly no longer carries {PostgresScript}; see its release notes for the schema script.");
        using var reader = new StreamReader(stream);
        // {0} is the table prefix, {1} the same without a schema qualifier (for index and constraint names).
        var script = reader.ReadToEnd().Replace("{0}", Prefix, StringComparison.Ordinal).Replace("{1}", Prefix, StringComparison.Ordinal);
        return Regex.Split(script, $@"^{Regex.Escape(Separator)}\r?$", RegexOptions.Multiline)
            .Select(statement => statement.Trim())
            .Where(statement => statement.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)));
    }
}
