using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>A command from any channel, reduced to what the commands need.</summary>
/// <param name="Word">The command word without slash or bot name, lower case: "langganan", "subscribe".</param>
/// <param name="Typed">The command word as the user typed it, for the "unknown command" answer.</param>
/// <param name="Arguments">The words after the command, split at spaces and commas (tags, options).</param>
/// <param name="RawArguments">Everything after the command word as typed, line breaks included (broadcast texts).</param>
/// <param name="LanguageHint">The user's app language when the channel tells it ("en", "id"), used for new subscribers.</param>
public sealed record ChatCommand(
    ChannelKind Channel,
    string ChatId,
    string Word,
    string Typed,
    IReadOnlyList<string> Arguments,
    string RawArguments = "",
    string? LanguageHint = null)
{
    /// <summary>The person who typed it: in a private chat the chat id, in a group the member's own id.</summary>
    public string? SenderId { get; init; }

    public ChatKind ChatKind { get; init; } = ChatKind.Private;

    /// <summary>True when the command came from a pressed button (Telegram callback, WhatsApp list row) rather than typing.</summary>
    public bool FromButton { get; init; }

    /// <summary>Builds the command from a chat message; null when the text holds no command at all (empty).</summary>
    public static ChatCommand? FromText(ChannelKind channel, string chatId, string? text, string? languageHint = null) =>
        CommandParser.Parse(text) is { } parsed
            ? new ChatCommand(channel, chatId, parsed.Word, parsed.Typed, parsed.Arguments, parsed.RawArguments, languageHint) { SenderId = chatId }
            : null;
}
