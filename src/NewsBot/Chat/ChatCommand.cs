using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>A command from any channel, reduced to what the handler needs.</summary>
/// <param name="Typed">The command word as the user typed it, for the "unknown command" answer.</param>
/// <param name="LanguageHint">The user's app language when the channel tells it ("en", "id"), used for new subscribers.</param>
public sealed record ChatCommand(
    ChannelKind Channel,
    string ChatId,
    CommandName Name,
    string Typed,
    IReadOnlyList<string> Arguments,
    string? LanguageHint = null);
