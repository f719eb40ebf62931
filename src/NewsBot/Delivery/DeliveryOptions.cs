using System.ComponentModel.DataAnnotations;

namespace NewsBot.Delivery;

public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Outbox rows claimed per round; also the most that can be resent after a crash.</summary>
    [Range(1, 10_000, ErrorMessage = "Delivery:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>Sends in flight at once (the rate limiter still sets the pace).</summary>
    [Range(1, 1_000, ErrorMessage = "Delivery:MaxConcurrentSends must be between 1 and 1000.")]
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Failed attempts (network errors, 5xx) before a message is marked failed. Waits asked for by a 429 do not count.</summary>
    [Range(1, 100, ErrorMessage = "Delivery:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First backoff after a transient failure; doubled each attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed row stays claimed; after that a crashed sender's rows are due again.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public ChannelRateLimits Telegram { get; set; } = new();

    public ChannelRateLimits Console { get; set; } = new() { MessagesPerSecond = 100, PerChatMessagesPerSecond = 100 };
}
