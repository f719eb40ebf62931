namespace NewsBot.Storage;

/// <summary>
/// A setting an admin changes at runtime and that must survive a restart (delivery paused or not). Configuration
/// files are read-only to the bot; these rows are its own.
/// </summary>
public sealed class BotSetting
{
    public required string Key { get; set; }
    public string Value { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Who changed it last, as "Telegram:12345", for the admins' status line.</summary>
    public string? UpdatedBy { get; set; }
}
