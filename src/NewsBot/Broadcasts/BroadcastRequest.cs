using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>What an admin asked to send: the text as typed, for one topic (null: everyone), urgent or not.</summary>
public sealed record BroadcastRequest(
    ChannelKind Channel,
    string AdminChatId,
    string AdminSenderId,
    string Language,
    string Text,
    string? Tag,
    bool Urgent);
