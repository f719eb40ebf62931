using System.ComponentModel.DataAnnotations;

namespace NewsBot.Delivery;

/// <summary>How fast one channel may send: the platform's published ceilings, as configuration.</summary>
public sealed class ChannelRateLimits
{
    /// <summary>Messages per second for the whole bot (Telegram: about 30).</summary>
    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100000.")]
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>
    /// Telegram's paid broadcast (allow_paid_broadcast, 0.1 Stars a message from the bot's balance) lifts the global
    /// ceiling to <see cref="PaidBroadcastMessagesPerSecond"/>.
    /// </summary>
    public bool AllowPaidBroadcast { get; set; }

    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100000.")]
    public int PaidBroadcastMessagesPerSecond { get; set; } = 1000;

    /// <summary>
    /// Messages per second to one private chat (Telegram: 1). <see cref="PerChatInterval"/>, when set, wins: WhatsApp's
    /// pair limit is one message every 6 s, which reads better as an interval than as 0.1667 per second.
    /// </summary>
    [Range(0.001, 100, ErrorMessage = "must be between 0.001 and 100.")]
    public double PerChatMessagesPerSecond
    {
        get => PerChatInterval is { TotalSeconds: > 0 } interval ? 1.0 / interval.TotalSeconds : perChatMessagesPerSecond;
        set => perChatMessagesPerSecond = value;
    }

    /// <summary>The least time between two messages to one private chat (WhatsApp: 00:00:06).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:15:00", ErrorMessage = "must be between 00:00:00 and 00:15:00, or empty.")]
    public TimeSpan? PerChatInterval { get; set; }

    private double perChatMessagesPerSecond = 1;

    /// <summary>
    /// Whether an answer to someone who just wrote waits for their chat's turn like news does. Telegram counts every
    /// message to a chat (one a second); WhatsApp's pair limit tolerates short bursts in a conversation, so there an
    /// answer goes at once and only the news after it waits the pair interval.
    /// </summary>
    public bool RepliesWaitForChatTurn { get; set; } = true;

    /// <summary>Messages per minute to one group (Telegram: 20).</summary>
    [Range(1, 6_000, ErrorMessage = "must be between 1 and 6000.")]
    public int PerGroupMessagesPerMinute { get; set; } = 20;

    /// <summary>
    /// The share of the ceiling actually used. Just under one, so that network jitter never lets a platform that counts
    /// in one-second windows see one message too many.
    /// </summary>
    [Range(0.5, 1.0, ErrorMessage = "must be between 0.5 and 1.0.")]
    public double Headroom { get; set; } = 0.99;

    public int EffectiveMessagesPerSecond => AllowPaidBroadcast ? PaidBroadcastMessagesPerSecond : MessagesPerSecond;
}
