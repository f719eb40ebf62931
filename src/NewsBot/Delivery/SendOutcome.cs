namespace NewsBot.Delivery;

/// <summary>What a channel made of one send; the dispatcher turns it into the row's next state.</summary>
public abstract record SendOutcome
{
    private SendOutcome() { }

    public sealed record Sent : SendOutcome;

    /// <summary>
    /// Try again later. With <paramref name="After"/> (the platform's retry_after) the wait is exactly that and does not
    /// count as a failed attempt; without it the dispatcher backs off exponentially and gives up after its attempt limit.
    /// </summary>
    public sealed record RetryLater(string Reason, TimeSpan? After = null) : SendOutcome;

    /// <summary>Refused for good. When the chat itself is gone (blocked, deleted) the subscriber is deactivated.</summary>
    public sealed record Rejected(string Reason, bool DeactivateSubscriber) : SendOutcome;

    /// <summary>
    /// Not sendable to this chat for now, through no fault of the platform (WhatsApp's 24-hour window is closed and no
    /// template may carry it): the row waits <paramref name="After"/> without counting as a failed attempt and without
    /// pausing the channel for anyone else.
    /// </summary>
    public sealed record Deferred(string Reason, TimeSpan After) : SendOutcome;

    /// <summary>The group became a supergroup with a new id: follow it and send there.</summary>
    public sealed record ChatMigrated(string NewChatId) : SendOutcome;

    /// <summary>Not sent: an admin stopped the broadcast after this row was claimed and before its turn came.</summary>
    public sealed record Withdrawn : SendOutcome;
}
