namespace NewsBot.Chat;

/// <summary>What reading a webhook body came to.</summary>
public enum WebhookBodyOutcome
{
    /// <summary>Read to its end, within the size limit and the deadline.</summary>
    Complete = 0,

    /// <summary>Went past the size limit (or declared a length past it); reading stopped there.</summary>
    TooLarge = 1,

    /// <summary>Not all there before the read deadline.</summary>
    TooSlow = 2,
}
