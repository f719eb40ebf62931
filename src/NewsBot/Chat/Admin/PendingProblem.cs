namespace NewsBot.Chat.Admin;

/// <summary>Why a confirmation cannot be carried out.</summary>
public enum PendingProblem
{
    None,

    /// <summary>Unknown, already used or expired.</summary>
    Stale,

    /// <summary>Asked for by another sender (another admin pressed the button).</summary>
    Foreign,
}
