using System.ComponentModel.DataAnnotations;

namespace NewsBot.Delivery;

/// <summary>How fast one channel may send: the platform's published ceilings, as configuration.</summary>
public sealed class ChannelRateLimits
{
    /// <summary>Messages per second for the whole bot (Telegram: about 30; 1000 with paid broadcast).</summary>
    [Range(1, 10_000, ErrorMessage = "MessagesPerSecond must be between 1 and 10000.")]
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per second to one private chat (Telegram: 1).</summary>
    [Range(1, 100, ErrorMessage = "PerChatMessagesPerSecond must be between 1 and 100.")]
    public int PerChatMessagesPerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group (Telegram: 20).</summary>
    [Range(1, 6_000, ErrorMessage = "PerGroupMessagesPerMinute must be between 1 and 6000.")]
    public int PerGroupMessagesPerMinute { get; set; } = 20;
}
