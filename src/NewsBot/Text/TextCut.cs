namespace NewsBot.Text;

/// <summary>
/// Shortens a text to a platform's limit with an ellipsis. Counts UTF-16 units, which are never fewer than the code
/// points Telegram and WhatsApp count, so the result always fits; never cuts an emoji (a surrogate pair) in half,
/// which would leave text the platforms refuse as invalid UTF-8.
/// </summary>
public static class TextCut
{
    private const char Ellipsis = '…';

    /// <summary><paramref name="text"/> itself when it fits in <paramref name="max"/> units, else its start and "…".</summary>
    public static string WithEllipsis(string text, int max)
    {
        if (text.Length <= max) return text;
        var keep = max - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1])) keep--;
        return string.Concat(text.AsSpan(0, keep), Ellipsis.ToString());
    }
}
