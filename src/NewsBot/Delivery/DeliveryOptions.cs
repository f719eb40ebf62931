using System.ComponentModel.DataAnnotations;

namespace NewsBot.Delivery;

public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Outbox rows claimed by one query. Claimed rows not yet sent are never resent twice, so this can be large.</summary>
    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 500;

    /// <summary>Claimed rows waiting for a sender at most; bounds memory whatever the number of subscribers.</summary>
    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100000.")]
    public int QueueCapacity { get; set; } = 2_000;

    /// <summary>Sends in flight at once (the rate limiter still sets the pace). Part of the bound on resends after a crash.</summary>
    [Range(1, 1_000, ErrorMessage = "must be between 1 and 1000.")]
    public int MaxConcurrentSends { get; set; } = 32;

    /// <summary>Outcomes written per transaction at most; with <see cref="RecordInterval"/>, the other part of the resend bound.</summary>
    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10000.")]
    public int RecordBatchSize { get; set; } = 500;

    /// <summary>
    /// Messages sent but not yet written as sent, at most: senders wait when the recorder falls behind. This is the bound on
    /// what a crash (SIGKILL) can make the bot send twice.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100000.")]
    public int MaxUnrecorded { get; set; } = 500;

    /// <summary>Outcomes are written at least this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "must be between 00:00:00.001 and 00:01:00.")]
    public TimeSpan RecordInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// On start, rows a previous process had claimed go back to the outbox at once instead of after their lease. Only
    /// with SQLite (one instance); on PostgreSQL the sender does this when it takes over.
    /// </summary>
    public bool RecoverClaimsOnStart { get; set; } = true;

    /// <summary>Failed attempts (network errors, 5xx) before a message is marked failed. Waits asked for by a 429 do not count.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First backoff after a transient failure; doubled each attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "must be between 00:00:00.001 and 01:00:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed row stays claimed; after that a crashed sender's rows are due again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public ChannelRateLimits Telegram { get; set; } = new();

    /// <summary>WhatsApp Cloud API: 80 messages/s per business number by default, about one message per 6 s per user.</summary>
    public ChannelRateLimits WhatsApp { get; set; } = new()
    {
        MessagesPerSecond = 80, PerChatInterval = TimeSpan.FromSeconds(6), RepliesWaitForChatTurn = false,
    };

    public ChannelRateLimits Console { get; set; } = new() { MessagesPerSecond = 100, PerChatMessagesPerSecond = 100 };
}
