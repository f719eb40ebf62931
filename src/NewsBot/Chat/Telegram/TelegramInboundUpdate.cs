namespace NewsBot.Chat.Telegram;

/// <summary>A stored webhook update this instance has claimed, to carry out.</summary>
/// <param name="Attempts">Attempts made before this one.</param>
public sealed record TelegramInboundUpdate(long Id, long UpdateId, string Payload, int Attempts);
