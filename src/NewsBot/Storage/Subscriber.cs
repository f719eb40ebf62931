namespace NewsBot.Storage;

/// <summary>A chat that receives news: the minimum personal data (channel, chat id, language, tags).</summary>
public sealed class Subscriber
{
    public long Id { get; set; }
    public ChannelKind Channel { get; set; }

    /// <summary>The channel's own address: a Telegram chat id, a WhatsApp phone number.</summary>
    public required string ChatId { get; set; }

    /// <summary>"id" (Bahasa Indonesia, the default) or "en".</summary>
    public string Language { get; set; } = "id";

    public SubscriberState State { get; set; } = SubscriberState.Active;
    public string? StateReason { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>
    /// When the chat last wrote to us. WhatsApp only accepts free-form messages within 24 hours of it; outside that
    /// window only an approved template may be sent.
    /// </summary>
    public DateTime? LastInboundUtc { get; set; }

    /// <summary>When a re-engagement template last went out, so a user who stays silent gets it only once.</summary>
    public DateTime? ReengagementSentUtc { get; set; }

    /// <summary>
    /// Receives every article whatever its tags: the newsroom's own Telegram channels (Telegram:NewsroomChannels),
    /// which republish everything the newsroom publishes.
    /// </summary>
    public bool AllTopics { get; set; }

    public List<SubscriberTag> Tags { get; set; } = [];
}
