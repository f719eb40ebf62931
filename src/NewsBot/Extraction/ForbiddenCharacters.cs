using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// The C0 control characters XML 1.0 forbids (all below U+0020 except tab, line feed and carriage return), and U+FFFE
/// and U+FFFF. CMSes let them through from pasted text (a backspace, an escape); one of them makes a whole feed
/// ill-formed, and written as a reference (&amp;#x08;) it is accepted by the reader and ends up in a title. Both are
/// removed, as feedparser and gofeed do.
/// </summary>
internal static partial class ForbiddenCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>The text without the raw forbidden characters, or null when it has none.</summary>
    public static string? WithoutRaw(string text)
    {
        if (text.AsSpan().IndexOfAny(Forbidden) < 0) return null;
        return string.Create(text.Length - Count(text), text, static (span, source) =>
        {
            var written = 0;
            foreach (var c in source)
            {
                if (!Forbidden.Contains(c)) span[written++] = c;
            }
        });
    }

    /// <summary>The text without references to forbidden characters (&amp;#8; &amp;#x1B;), or null when it has none.</summary>
    public static string? WithoutReferences(string text)
    {
        // The reader accepts these references, so this runs on every feed; the search for "&#" keeps it cheap.
        if (!text.Contains("&#", StringComparison.Ordinal)) return null;
        var cleaned = Reference().Replace(text, "");
        return cleaned.Length == text.Length ? null : cleaned;
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (Forbidden.Contains(c)) count++;
        }

        return count;
    }

    [GeneratedRegex("&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01])|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF]));")]
    private static partial Regex Reference();
}
