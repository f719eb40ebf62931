namespace NewsBot.Storage;

/// <summary>
/// One Telegram update that came by webhook, stored before Telegram gets its 200 so that a crash after the answer loses
/// nothing. A worker of one instance claims it, carries it out and marks it processed; the unique update id keeps a
/// redelivered or concurrently posted copy out.
/// </summary>
public sealed class TelegramInbound
{
    public long Id { get; set; }

    /// <summary>Telegram's update_id: the key that drops redeliveries.</summary>
    public long UpdateId { get; set; }

    /// <summary>The update's JSON exactly as Telegram sent it.</summary>
    public required string Payload { get; set; }

    public DateTime ReceivedUtc { get; set; }

    /// <summary>Not to be carried out before this time (a failed attempt waiting for its retry).</summary>
    public DateTime DueUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>
    /// Set while an instance carries the update out; no other instance takes it before this time, after which it is
    /// free again (its claimer died).
    /// </summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>When it was carried out, or given up after its last attempt.</summary>
    public DateTime? ProcessedUtc { get; set; }
}
