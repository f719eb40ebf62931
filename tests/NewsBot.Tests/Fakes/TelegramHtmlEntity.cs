using System.Globalization;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// tdlib's HTML entity decoding: <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> and numeric references, the closing
/// <c>;</c> optional. Anything else is not an entity, and the caller keeps the <c>&amp;</c> as text.
/// </summary>
internal static class TelegramHtmlEntity
{
    /// <summary>Decodes the entity at <paramref name="pos"/>, moving it past the entity; null leaves it untouched.</summary>
    public static int? Decode(string text, ref int pos)
    {
        var n = text.Length;
        var end = pos + 1;
        int result;
        if (end < n && text[end] == '#')
        {
            end++;
            var hex = end < n && text[end] == 'x';
            if (hex)
            {
                end++;
            }

            var digitsStart = end;
            while (end < n && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])) && end - pos < 10)
            {
                end++;
            }

            var digits = text[digitsStart..end];
            var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
            if (!int.TryParse(digits, style, CultureInfo.InvariantCulture, out result) || result == 0 || result >= 0x10FFFF)
            {
                return null;
            }
        }
        else
        {
            while (end < n && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            int? named = text[(pos + 1)..end] switch
            {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                _ => null,
            };
            if (named is null)
            {
                return null;
            }

            result = named.Value;
        }

        pos = end < n && text[end] == ';' ? end + 1 : end;
        return result;
    }
}
