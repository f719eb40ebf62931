namespace NewsBot.Tests.Fakes;

/// <summary>A message the fake accepted. <see cref="Text"/> is the raw text as sent (markup included).</summary>
public sealed record SentMessage(long ChatId, string Text, string? ParseMode, DateTimeOffset At)
{
    /// <summary>What the user sees: the text after entity parsing.</summary>
    public string PlainText { get; init; } = Text;

    public int MessageId { get; init; }

    /// <summary>The <c>reply_markup</c> JSON as sent, for asserting on inline keyboards.</summary>
    public string? ReplyMarkupJson { get; init; }

    /// <summary>How many times the message was edited since it was sent.</summary>
    public int Edits { get; init; }

    /// <summary>The image of a <c>sendPhoto</c> (whose caption is <see cref="Text"/>); null for text messages.</summary>
    public byte[]? Photo { get; init; }

    /// <summary>The <c>link_preview_options</c> JSON as sent.</summary>
    public string? LinkPreviewOptionsJson { get; init; }
}
