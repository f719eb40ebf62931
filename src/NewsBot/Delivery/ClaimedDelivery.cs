using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>An outbox row the dispatcher holds a lease on, with what it needs to send it.</summary>
public sealed record ClaimedDelivery(
    long Id,
    int Priority,
    int Attempts,
    long SubscriberId,
    ChannelKind Channel,
    string ChatId,
    string Language,
    SubscriberState SubscriberState,
    ArticleContent Article)
{
    /// <summary>For a digest's carrier row, the articles the digest lists; null for an ordinary delivery.</summary>
    public IReadOnlyList<Digests.DigestItem>? Digest { get; init; }
}
