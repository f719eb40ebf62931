namespace NewsBot.Storage;

public enum DeliveryStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,

    /// <summary>Given up: the channel refused it for good or the attempts ran out. LastError says why.</summary>
    Failed = 3,

    /// <summary>Not sent because the subscriber became inactive or unsubscribed before it went out.</summary>
    Cancelled = 4,

    /// <summary>
    /// Waiting for the subscriber's daily digest (DueUtc is the digest time); the dispatcher never claims it. The digest
    /// job folds a subscriber's due held rows into one digest, and they finish together with it.
    /// </summary>
    Held = 5,

    /// <summary>Not sent because an admin stopped the broadcast it belonged to (/hentikansiaran) before its turn.</summary>
    Withdrawn = 6,
}
