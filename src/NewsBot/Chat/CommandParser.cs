namespace NewsBot.Chat;

/// <summary>
/// Reads "/langganan@NewsBot ekonomi, kesehatan" (Telegram) or "LANGGANAN ekonomi" (words, as WhatsApp users type) into a
/// command word and its arguments. Which words are commands is the <see cref="CommandCatalog"/>'s business.
/// </summary>
public static class CommandParser
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ','];

    /// <summary>The command in <paramref name="text"/>, or null when the text is not a command at all (an empty message).</summary>
    public static (string Word, string Typed, IReadOnlyList<string> Arguments, string RawArguments)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;

        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny(Separators);
        var typed = end < 0 ? trimmed : trimmed[..end];
        var raw = end < 0 ? string.Empty : trimmed[(end + 1)..].Trim();

        var word = typed.TrimStart('/');
        // In groups Telegram appends the bot's username: /langganan@NewsBot.
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) word = word[..at];

        var arguments = raw.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return (word.ToLowerInvariant(), typed, arguments, raw);
    }
}
