using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Sqlite (the default: one file, no server) or Postgres (a server several instances share).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// For SQLite, e.g. "Data Source=data/newsbot.db" (the file's folder is created on start); for PostgreSQL, e.g.
    /// "Host=127.0.0.1;Database=newsbot;Username=newsbot;Password=…".
    /// </summary>
    [Required(ErrorMessage = "must be a connection string, for example \"Data Source=data/newsbot.db\" (SQLite) or \"Host=127.0.0.1;Database=newsbot;Username=newsbot\" (Postgres).")]
    public string ConnectionString { get; set; } = "Data Source=data/newsbot.db";

    /// <summary>
    /// How often, at most, busy work hands the native memory SQLite freed back to the system (see NativeHeapTrimmer);
    /// 00:00:00 turns it off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "must be between 00:00:00 (off) and 01:00:00.")]
    public TimeSpan NativeHeapTrimInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The provider as configured, read before the options are bound (registration depends on it). A value that is
    /// not a provider counts as the default here; the start-up checks refuse it with the setting's name.
    /// </summary>
    public static StorageProvider ProviderIn(IConfiguration configuration) =>
        Enum.TryParse<StorageProvider>(configuration[$"{SectionName}:{nameof(Provider)}"], ignoreCase: true, out var provider)
            ? provider
            : StorageProvider.Sqlite;
}
