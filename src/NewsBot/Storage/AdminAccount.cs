namespace NewsBot.Storage;

/// <summary>
/// An admin an owner appointed from chat (/admin tambah). Admins and owners named in configuration are not stored:
/// configuration stays the source of truth for them, this table only adds to it.
/// </summary>
public sealed class AdminAccount
{
    public long Id { get; set; }
    public ChannelKind Channel { get; set; }

    /// <summary>A Telegram user id or a WhatsApp phone number (digits only).</summary>
    public required string UserId { get; set; }

    /// <summary>The owner who added this admin (user id on the same channel).</summary>
    public string? AddedBy { get; set; }

    public DateTime AddedUtc { get; set; }
}
