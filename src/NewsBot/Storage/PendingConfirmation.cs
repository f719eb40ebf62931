namespace NewsBot.Storage;

/// <summary>
/// An admin action waiting for its Confirm button, when what to confirm does not fit in a button's 64 bytes (a new
/// source's URL and what was found there). Only the sender who asked may confirm it, and only before it expires.
/// </summary>
public sealed class PendingConfirmation
{
    /// <summary>A short random token carried by the Confirm and Cancel buttons.</summary>
    public required string Token { get; set; }

    public ChannelKind Channel { get; set; }
    public required string SenderId { get; set; }

    /// <summary>What is to be confirmed, e.g. "add-source".</summary>
    public required string Action { get; set; }

    /// <summary>The action's details as JSON.</summary>
    public string Payload { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
}
