namespace NewsBot.Storage;

/// <summary>
/// One item of a WhatsApp webhook (an inbound message or a status), stored before the webhook is answered so that a
/// crash after the 200 loses nothing; a worker carries it out and marks it processed.
/// </summary>
public sealed class WhatsAppInbound
{
    public long Id { get; set; }
    public WhatsAppInboundKind Kind { get; set; }

    /// <summary>The wamid of a message, or wamid and status of a status update: the key that drops redeliveries.</summary>
    public required string ExternalId { get; set; }

    /// <summary>The item's JSON exactly as Meta sent it.</summary>
    public required string Payload { get; set; }

    public DateTime ReceivedUtc { get; set; }

    /// <summary>Not to be processed before this time (a status waiting for its delivery row to be recorded).</summary>
    public DateTime DueUtc { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? ProcessedUtc { get; set; }
}
