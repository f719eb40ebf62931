namespace NewsBot.Storage;

/// <summary>
/// One admin alert owed to one admin's chat: the alerts' own small outbox. Stored when the alert is raised and marked
/// when the platform took it, so an alert raised just before a restart or during a Telegram outage still arrives.
/// </summary>
public sealed class AdminNotice
{
    public const int MaxTextLength = 2000;

    public long Id { get; set; }
    public ChannelKind Channel { get; set; }

    /// <summary>The admin's chat: their user id on the channel.</summary>
    public required string ChatId { get; set; }

    /// <summary>What the alert is about (a failing source, our WhatsApp account): repeats within a while are one alert.</summary>
    public required string Key { get; set; }

    public required string Indonesian { get; set; }
    public required string English { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Not to be sent before this time (a failed attempt backs off).</summary>
    public DateTime DueUtc { get; set; }

    public int Attempts { get; set; }
    public DateTime? SentUtc { get; set; }

    /// <summary>Set when the alert was given up after too many failed attempts (it stays in the log).</summary>
    public DateTime? FailedUtc { get; set; }

    public string? LastError { get; set; }
}
