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

    /// <summary>One daily digest at <see cref="DigestTime"/> instead of a message per article.</summary>
    public bool DailyDigest { get; set; }

    /// <summary>The local time of the daily digest, in <see cref="TimeZone"/>.</summary>
    public TimeOnly DigestTime { get; set; } = DefaultDigestTime;

    /// <summary>"WIB" (the default), "WITA" or "WIT": the zone of the digest time and of quiet hours.</summary>
    public string TimeZone { get; set; } = "WIB";

    /// <summary>Start of the quiet hours (local time); null when the chat has none.</summary>
    public TimeOnly? QuietFrom { get; set; }

    /// <summary>End of the quiet hours (local time); before <see cref="QuietFrom"/> when they cross midnight.</summary>
    public TimeOnly? QuietUntil { get; set; }

    /// <summary>
    /// Receives every article whatever its tags: the newsroom's own Telegram channels (Telegram:NewsroomChannels),
    /// which republish everything the newsroom publishes.
    /// </summary>
    public bool AllTopics { get; set; }

    public List<SubscriberTag> Tags { get; set; } = [];

    public static readonly TimeOnly DefaultDigestTime = new(18, 0);
}
