namespace NewsBot.Storage;

/// <summary>
/// One message owed to one subscriber: the outbox row. Written by matching, claimed and finished by the dispatcher, so a
/// restart neither loses nor repeats a message.
/// </summary>
public sealed class Delivery
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public long SubscriberId { get; set; }
    public Subscriber? Subscriber { get; set; }

    /// <summary>Higher goes first: urgent notices ahead of ordinary news.</summary>
    public int Priority { get; set; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;

    /// <summary>Not to be sent before this time (retry-after, backoff).</summary>
    public DateTime DueUtc { get; set; }

    /// <summary>While Sending, the claim expires at this time; an expired claim means the sender died and the row is due again.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }

    /// <summary>The platform's id of the sent message (a WhatsApp wamid), which later status webhooks refer to.</summary>
    public string? ExternalMessageId { get; set; }

    /// <summary>
    /// The digest this row travels in: the Id of the row that carries the digest message (the carrier points at itself).
    /// Null for ordinary deliveries.
    /// </summary>
    public long? DigestId { get; set; }

    /// <summary>The furthest state the platform reported (sent, delivered, read, failed).</summary>
    public string? ExternalStatus { get; set; }
}
