using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>SQLite connection string; the folder of the file is created on start.</summary>
    [Required(ErrorMessage = "must be a SQLite connection string, for example \"Data Source=data/newsbot.db\".")]
    public string ConnectionString { get; set; } = "Data Source=data/newsbot.db";

    /// <summary>
    /// How often, at most, busy work hands the native memory SQLite freed back to the system (see NativeHeapTrimmer);
    /// 00:00:00 turns it off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "must be between 00:00:00 (off) and 01:00:00.")]
    public TimeSpan NativeHeapTrimInterval { get; set; } = TimeSpan.FromSeconds(1);
}
