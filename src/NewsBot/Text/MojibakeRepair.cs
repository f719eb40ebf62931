using System.Text;

namespace NewsBot.Text;

/// <summary>
/// Undoes UTF-8 that was read as windows-1252 somewhere upstream ("Peopleâ€™s" → "People’s", "Ã©" → "é",
/// "Â " → a no-break space). Each character sequence that windows-1252 can hold is turned back into the bytes it came
/// from and decoded as UTF-8; a sequence is replaced only when its bytes decode as strict UTF-8 (one character, or
/// a surrogate pair, for two to four). Real text that happens to hold such a sequence is vanishingly rare: it would be
/// a letter such as "Ã", "â" or "ð" followed by one to three symbols of 0x80-0xBF ("€", "©", "™", "¢").
/// </summary>
public static class MojibakeRepair
{
    /// <summary>windows-1252 bytes 0x80-0x9F; the five it leaves undefined are read as the C1 control of that number.</summary>
    private const string HighControls = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text with every unambiguous mojibake run repaired; the same instance when there is none.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every lead byte of a multi-byte sequence reads as a character in Â..ô: text without one has nothing to repair.
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0) return text;
        // Text mojibaked twice ("Ã¢â‚¬â„¢") needs a second pass; a third has never been seen.
        for (var pass = 0; pass < 2; pass++)
        {
            var repaired = RepairOnce(text);
            if (ReferenceEquals(repaired, text)) break;
            text = repaired;
        }

        return text;
    }

    private static string RepairOnce(string text)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A UTF-8 lead byte read as a windows-1252 character ("Ã", "â", "ð") followed by its continuation bytes.
            var length = SequenceLength(ByteOf(text[i]));
            if (length == 0 || i + length > text.Length || Decode(text, i, length) is not { } decoded) continue;

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, i - copied).Append(decoded);
            copied = i + length;
            i = copied - 1;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>How many bytes a UTF-8 sequence starting with this byte has; 0 when it cannot start one.</summary>
    private static int SequenceLength(int lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    /// <summary>The UTF-8 reading of <paramref name="length"/> characters as windows-1252 bytes, or null when invalid.</summary>
    private static string? Decode(string text, int start, int length)
    {
        var bytes = new byte[length];
        for (var k = 0; k < length; k++)
        {
            var b = ByteOf(text[start + k]);
            if (b < 0) return null;
            bytes[k] = (byte)b;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The windows-1252 byte of a character, -1 when it has none; ASCII gives its own value.</summary>
    private static int ByteOf(char c)
    {
        if (c < 0x80) return c;
        if (c is >= '\u00A0' and <= '\u00FF') return c;
        var high = HighControls.IndexOf(c, StringComparison.Ordinal);
        return high < 0 ? -1 : 0x80 + high;
    }
}
