namespace NewsBot.Chat;

/// <summary>The answer to a command: plain text, which every channel can show as it is, and optional buttons.</summary>
public sealed record ChatReply(string Text)
{
    /// <summary>Rows of buttons: a Telegram inline keyboard; on WhatsApp reply buttons (up to three) or a list.</summary>
    public IReadOnlyList<IReadOnlyList<ChatButton>> Buttons { get; init; } = [];

    /// <summary>
    /// When the command came from a button, replace the message that carried the button (a toggled picker redraws
    /// itself) instead of sending a new one. Channels that cannot edit send a new message.
    /// </summary>
    public bool ReplacesPressedMessage { get; init; }

    /// <summary>An image sent with the text as its caption (a QR code); channels that cannot send it send the text.</summary>
    public ChatImage? Image { get; init; }

    /// <summary>
    /// The same answer in Telegram HTML, for replies that must show formatting (a preview of a news message). Telegram
    /// sends it with parse mode HTML and falls back to <see cref="Text"/> when it cannot parse it; other channels
    /// always send <see cref="Text"/>.
    /// </summary>
    public string? TelegramHtml { get; init; }

    /// <summary>No answer at all: for button presses whose effect is already visible, or silenced floods.</summary>
    public static ChatReply None { get; } = new(string.Empty);

    public bool IsNone => Text.Length == 0 && Image is null;
}

/// <summary>A PNG to send with a reply.</summary>
public sealed record ChatImage(byte[] Png, string FileName);
