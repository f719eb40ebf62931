using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>SQLite connection string; the folder of the file is created on start.</summary>
    [Required(ErrorMessage = "Storage:ConnectionString is required, for example \"Data Source=data/newsbot.db\".")]
    public string ConnectionString { get; set; } = "Data Source=data/newsbot.db";
}
