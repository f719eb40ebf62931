using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot;

/// <summary>
/// Every check of the settings, run by Program before the host starts (beside the app's composition, since it reaches
/// into the folders' own options): the host would first log a failed check with
/// its whole stack trace, and the point is one line per bad setting.
/// </summary>
public static class StartupChecks
{
    public static void Run(IServiceProvider services)
    {
        // What ValidateOnStart registered: each options section, all failures together.
        services.GetService<IStartupValidator>()?.Validate();

        // Only now the disk: a start refused for another setting leaves no data folder behind.
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var databaseExists = true;
        var problem = storage.Provider == StorageProvider.Postgres
            ? PostgresServerCheck.Problem(storage.ConnectionString, out databaseExists)
            : DatabaseFileCheck.Problem(storage.ConnectionString);
        if (problem is not null) throw new OptionsValidationException(Options.DefaultName, typeof(StorageOptions), [problem]);
        if (!databaseExists) return; // a new PostgreSQL database has no history to check

        using var db = services.GetRequiredService<IDbContextFactory<NewsBotDbContext>>().CreateDbContext();
        if (DatabaseHistoryCheck.Problem(db, storage.ConnectionString) is { } history)
            throw new OptionsValidationException(Options.DefaultName, typeof(StorageOptions), [history]);
    }
}
