using System.Text;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// Parses <c>parse_mode=HTML</c> text the way tdlib's <c>parse_html</c> does, so the fake rejects exactly what
/// Telegram rejects and reports the same details (byte offsets are UTF-8 offsets into the sent text, as in tdlib).
/// </summary>
/// <remarks>
/// Like tdlib, an <c>&amp;</c> that does not start a supported entity (<c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> or a
/// numeric one) is kept literally rather than rejected; <paramref name="strictEntities"/> turns it into an error for
/// tests that want the stricter rule the Bot API documentation states.
/// </remarks>
internal static class TelegramHtml
{
    private static readonly HashSet<string> SupportedTags = new(StringComparer.Ordinal)
    {
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre",
        "blockquote", "tg-spoiler", "span", "tg-emoji", "tg-time",
    };

    /// <summary>Returns the plain text, or null with <paramref name="error"/> set to tdlib's detail.</summary>
    public static string? TryParse(string html, out string? error, bool strictEntities = false)
    {
        var plain = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var n = html.Length;
        error = null;
        for (var i = 0; i < n; i++)
        {
            var c = html[i];
            if (c == '&')
            {
                var end = i;
                var decoded = TelegramHtmlEntity.Decode(html, ref end);
                if (decoded is int codePoint)
                {
                    if (codePoint is >= 0xD800 and <= 0xDFFF)
                    {
                        error = "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units";
                        return null;
                    }

                    plain.Append(char.ConvertFromUtf32(codePoint));
                    i = end - 1;
                    continue;
                }

                if (strictEntities)
                {
                    error = $"Unsupported HTML entity at byte offset {ByteOffset(html, i)}";
                    return null;
                }
            }

            if (c != '<')
            {
                plain.Append(c);
                continue;
            }

            var begin = i++;
            if (i < n && html[i] == '/')
            {
                error = CloseTag(html, begin, ref i, open);
            }
            else
            {
                error = OpenTag(html, begin, ref i, open);
            }

            if (error is not null)
            {
                return null;
            }
        }

        if (open.Count > 0)
        {
            error = $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
            return null;
        }

        return plain.ToString();
    }

    /// <summary>Telegram's length limits count Unicode code points, not UTF-16 units.</summary>
    public static int CodePointLength(string text) => text.EnumerateRunes().Count();

    private static string? OpenTag(string html, int begin, ref int i, Stack<string> open)
    {
        var n = html.Length;
        while (i < n && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        if (i >= n)
        {
            return $"Unclosed start tag at byte offset {ByteOffset(html, begin)}";
        }

        var tag = html[(begin + 1)..i].ToLowerInvariant();
        if (!SupportedTags.Contains(tag))
        {
            return $"Unsupported start tag \"{tag}\" at byte offset {ByteOffset(html, begin)}";
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < n && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= n)
            {
                return $"Unclosed start tag at byte offset {ByteOffset(html, begin)}";
            }

            if (html[i] == '>')
            {
                break;
            }

            var nameStart = i;
            while (i < n && !char.IsWhiteSpace(html[i]) && html[i] != '=' && html[i] != '>')
            {
                i++;
            }

            var name = html[nameStart..i];
            while (i < n && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= n || html[i] != '=')
            {
                // A value-less attribute is only meaningful on <blockquote expandable>.
                if (tag == "blockquote" && name == "expandable")
                {
                    continue;
                }

                return $"Expected equal sign in declaration of an attribute of the tag \"{tag}\" at byte offset {ByteOffset(html, begin)}";
            }

            i++;
            while (i < n && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = ReadAttributeValue(html, ref i, out var valueError);
            if (valueError is not null)
            {
                return valueError;
            }

            if (i >= n)
            {
                return $"Unclosed start tag at byte offset {ByteOffset(html, begin)}";
            }

            attributes[name] = value;
        }

        if (tag == "span" && (!attributes.TryGetValue("class", out var cls) || cls != "tg-spoiler"))
        {
            return $"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, begin)}";
        }

        open.Push(tag);
        return null;
    }

    private static string? CloseTag(string html, int begin, ref int i, Stack<string> open)
    {
        var n = html.Length;
        if (open.Count == 0)
        {
            return $"Unexpected end tag at byte offset {ByteOffset(html, begin)}";
        }

        i++;
        var nameStart = i;
        while (i < n && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        var name = html[nameStart..i];
        while (i < n && char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        if (i >= n || html[i] != '>')
        {
            return $"Unclosed end tag at byte offset {ByteOffset(html, begin)}";
        }

        var expected = open.Peek();
        if (name.Length > 0 && name != expected)
        {
            return $"Unmatched end tag at byte offset {ByteOffset(html, begin)}, expected \"</{expected}>\", found \"</{name}>\"";
        }

        open.Pop();
        return null;
    }

    private static string ReadAttributeValue(string html, ref int i, out string? error)
    {
        var n = html.Length;
        error = null;
        if (i >= n)
        {
            return string.Empty;
        }

        var quote = html[i];
        if (quote is not ('"' or '\''))
        {
            // An unquoted value is an HTML name token: letters, digits, periods and hyphens only.
            var start = i;
            while (i < n && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '.' or '-'))
            {
                i++;
            }

            if (i < n && !char.IsWhiteSpace(html[i]) && html[i] != '>')
            {
                error = $"Unexpected end of name token at byte offset {ByteOffset(html, start)}";
            }

            return html[start..i].ToLowerInvariant();
        }

        var value = new StringBuilder();
        i++;
        while (i < n && html[i] != quote)
        {
            var end = i;
            if (html[i] == '&' && TelegramHtmlEntity.Decode(html, ref end) is int codePoint)
            {
                value.Append(char.ConvertFromUtf32(codePoint));
                i = end;
                continue;
            }

            value.Append(html[i++]);
        }

        if (i < n)
        {
            i++;
        }

        return value.ToString();
    }

    internal static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));
}
