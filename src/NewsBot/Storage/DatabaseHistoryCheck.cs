using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>
/// A database whose history names migrations this build does not have was made by another build: a newer one, or a
/// pre-release one from before the migrations were merged into one. Migrating it would fail half-way on tables that
/// already exist, so the start is refused first, naming the setting and what to do. Run after
/// <see cref="DatabaseFileCheck"/>, so the file is known to open.
/// </summary>
public static class DatabaseHistoryCheck
{
    /// <summary>Null when this build can migrate the database; otherwise a line naming the setting and what is wrong.</summary>
    public static string? Problem(NewsBotDbContext db, string connectionString)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = db.Database.GetAppliedMigrations().Where(id => !known.Contains(id)).ToList();
        if (unknown.Count == 0) return null;
        return StorageOptionsValidator.ConnectionString.Problem(connectionString,
            $"cannot be used: the database was made by another build of NewsBot ({unknown.Count} migration(s) this build does not know, " +
            $"e.g. {unknown[0]}). Move the file aside to start with an empty database, or run the build that made it.");
    }
}
