namespace NewsBot.Storage;

/// <summary>The messaging network a subscriber is reached on.</summary>
public enum ChannelKind
{
    Console = 0,
    Telegram = 1,
    WhatsApp = 2,
}
