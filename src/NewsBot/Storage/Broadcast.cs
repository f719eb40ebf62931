namespace NewsBot.Storage;

/// <summary>
/// An admin's broadcast or urgent notice, from preview to final report. The message itself travels as an
/// <see cref="Article"/> of the hidden broadcast source (created on confirmation), so dispatch, retries, crash safety
/// and rate limits are those of the news; this row keeps who asked, for whom, and where it stands.
/// </summary>
public sealed class Broadcast
{
    public long Id { get; set; }

    /// <summary>Where the admin asked from: previews, progress and the final report go back there.</summary>
    public ChannelKind Channel { get; set; }

    public required string AdminChatId { get; set; }
    public required string AdminSenderId { get; set; }

    /// <summary>The admin's language, for the progress reports.</summary>
    public string Language { get; set; } = "id";

    /// <summary>The message as the admin typed it, line breaks included.</summary>
    public required string Text { get; set; }

    /// <summary>The topic whose subscribers receive it; null for every subscriber.</summary>
    public string? Tag { get; set; }

    /// <summary>An urgent notice: highest priority in the outbox, past digests and quiet hours, with a warning header.</summary>
    public bool Urgent { get; set; }

    public BroadcastState State { get; set; } = BroadcastState.Draft;

    /// <summary>How many chats the preview said it would reach.</summary>
    public int PreviewAudience { get; set; }

    /// <summary>The article that carries the message; set when the admin confirms.</summary>
    public long? ArticleId { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? ConfirmedUtc { get; set; }
    public DateTime? CancelledUtc { get; set; }

    /// <summary>When every delivery was written to the outbox; null while planning (or if the app died during it).</summary>
    public DateTime? PlannedUtc { get; set; }

    /// <summary>When every delivery had its outcome and the final report went to the admin.</summary>
    public DateTime? FinishedUtc { get; set; }

    public int Planned { get; set; }
    public int Sent { get; set; }
    public int Failed { get; set; }

    /// <summary>Chats that could not be reached because they blocked the bot, left or were deleted.</summary>
    public int Blocked { get; set; }

    /// <summary>The last progress report: when, and how many deliveries were finished then.</summary>
    public DateTime? LastReportUtc { get; set; }

    public int LastReportedDone { get; set; }
}
