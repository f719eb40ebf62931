using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Storage;

/// <summary>
/// Checks Storage:ConnectionString on start: that it parses, names a database file, and that the file can be
/// written (<see cref="DatabaseFileCheck"/>). The write check is I/O, done here rather than in the migrator so a bad
/// path is listed with every other bad setting, before anything starts.
/// </summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private static readonly Setting ConnectionString = new($"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}");

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString)) return ValidateOptionsResult.Skip; // [Required] says so
        var problem = ProblemWith(options.ConnectionString);
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
        return DatabaseFileCheck.Problem(connection);
    }
}
