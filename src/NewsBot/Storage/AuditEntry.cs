namespace NewsBot.Storage;

/// <summary>
/// One admin command, allowed or refused: who (channel and sender), what (command word and its arguments, cut short),
/// how it ended, and when. Written for every command whose audience is Admin or Owner.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxArgumentsLength = 200;
    public const int MaxOutcomeLength = 200;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public ChannelKind Channel { get; set; }
    public string? SenderId { get; set; }
    public required string ChatId { get; set; }

    /// <summary>The command's Indonesian name, whatever alias was typed, so the log reads the same for everyone.</summary>
    public required string Command { get; set; }

    public string Arguments { get; set; } = "";

    /// <summary>The first line of the answer, "refused: not an admin", or "error: ..." when the command crashed.</summary>
    public string Outcome { get; set; } = "";
}
