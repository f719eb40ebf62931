namespace NewsBot.Storage;

/// <summary>A broadcast is previewed as a draft and then either confirmed (sent) or cancelled; never both, never twice.</summary>
public enum BroadcastState
{
    Draft = 0,
    Confirmed = 1,
    Cancelled = 2,

    /// <summary>Confirmed, then stopped by an admin while sending (/hentikansiaran): what had not gone out never will.</summary>
    Stopped = 3,
}
