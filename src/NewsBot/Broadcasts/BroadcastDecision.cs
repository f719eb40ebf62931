using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>What came of an admin's confirmation or cancellation, for the answer in chat.</summary>
public sealed record BroadcastDecision(BroadcastDecision.Outcome Result, Broadcast? Broadcast, int Planned = 0)
{
    public enum Outcome
    {
        /// <summary>Confirmed now: its deliveries are planned.</summary>
        Confirmed,

        /// <summary>Cancelled now: nothing was or will be sent.</summary>
        Cancelled,

        /// <summary>No such broadcast, or (without a number) no draft of this admin.</summary>
        NotFound,

        /// <summary>Another admin's draft: only the admin who saw the preview may decide.</summary>
        NotYours,

        /// <summary>Confirmed before (a second press, or a typed confirmation after the button): never sent twice.</summary>
        AlreadyConfirmed,

        AlreadyCancelled,

        /// <summary>The preview is older than Broadcasts:DraftLifetime; the draft is now cancelled.</summary>
        Expired,
    }
}
