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

    public List<SubscriberTag> Tags { get; set; } = [];
}
