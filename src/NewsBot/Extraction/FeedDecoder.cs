using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>Bytes to text, trying what the document says about itself before what the server says about it.</summary>
internal static partial class FeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <remarks>
    /// Order: byte-order mark, then the XML declaration, then the HTTP charset, then UTF-8. Small sites often serve
    /// every file as "text/xml; charset=utf-8" whatever it holds, while the declaration is written by the CMS that
    /// produced the bytes. A document that claims UTF-8 but is not valid UTF-8 is almost always windows-1252.
    /// </remarks>
    public static string Decode(byte[] content, string? contentType)
    {
        var encoding = FromBom(content, out var bomLength)
            ?? FromXmlSignature(content)
            ?? FromDeclaration(content)
            ?? FromContentType(contentType)
            ?? StrictUtf8;

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            try
            {
                return WithoutC1Controls(StrictUtf8.GetString(content, bomLength, content.Length - bomLength));
            }
            catch (DecoderFallbackException)
            {
                return Encoding.GetEncoding(1252).GetString(content, bomLength, content.Length - bomLength);
            }
        }

        return WithoutC1Controls(encoding.GetString(content, bomLength, content.Length - bomLength));
    }

    /// <summary>
    /// U+0080-U+009F are control characters nobody types; in a feed they are windows-1252 punctuation (curly quotes,
    /// dashes) that went through a Latin-1 conversion, so they are read as the windows-1252 characters they were.
    /// </summary>
    private static string WithoutC1Controls(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0080', '\u009F')) return text;
        var windows1252 = Encoding.GetEncoding(1252);
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u0080' and <= '\u009F' ? windows1252.GetString([(byte)c])[0] : c;
            }
        });
    }

    /// <summary>An HTML page's bytes to text.</summary>
    /// <remarks>
    /// Order, as browsers do it: byte-order mark, then the HTTP charset, then the page's own meta charset, then UTF-8
    /// (windows-1252 when the bytes are not valid UTF-8), so an old portal in windows-1252 does not turn into mojibake.
    /// </remarks>
    public static string DecodePage(byte[] content, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        var encoding = FromBom(content, out var bomLength)
            ?? FromContentType(contentType)
            ?? FromMetaCharset(content)
            ?? StrictUtf8;
        if (encoding.CodePage != Encoding.UTF8.CodePage) return encoding.GetString(content, bomLength, content.Length - bomLength);
        try
        {
            return StrictUtf8.GetString(content, bomLength, content.Length - bomLength);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(content, bomLength, content.Length - bomLength);
        }
    }

    private static Encoding? FromMetaCharset(byte[] content)
    {
        // The HTML standard looks for the meta charset in the first 1024 bytes, which are ASCII in any charset a page uses.
        var head = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 1024));
        var match = MetaCharset().Match(head);
        // A page readable as ASCII cannot be UTF-16 whatever its meta says; browsers read such a claim as UTF-8 too.
        var found = match.Success ? Lookup(match.Groups["name"].Value) : null;
        return found is UnicodeEncoding ? null : found;
    }

    private static Encoding? FromBom(byte[] content, out int length)
    {
        (length, var encoding) = content switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, (Encoding)StrictUtf8),
            // UTF-32's little-endian mark starts like UTF-16's, so it is tried first.
            [0xFF, 0xFE, 0x00, 0x00, ..] => (4, new UTF32Encoding(bigEndian: false, byteOrderMark: false)),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (4, new UTF32Encoding(bigEndian: true, byteOrderMark: false)),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            _ => (0, null!),
        };
        return encoding;
    }

    /// <summary>
    /// A UTF-16 or UTF-32 document without a byte-order mark, told by how its first "&lt;?" or "&lt;" is written (the XML
    /// specification's appendix F): its declaration cannot be read as ASCII, and read as UTF-8 it is full of NULs.
    /// </summary>
    private static Encoding? FromXmlSignature(byte[] content) => content switch
    {
        [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
        [0x00, 0x3C, 0x00, 0x3F or 0x21, ..] => Encoding.BigEndianUnicode,
        [0x3C, 0x00, 0x3F or 0x21, 0x00, ..] => Encoding.Unicode,
        _ => null,
    };

    private static Encoding? FromDeclaration(byte[] content)
    {
        // The declaration is ASCII in every encoding a feed realistically uses, so the first bytes can be read as such.
        var head = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 256));
        var match = DeclarationEncoding().Match(head);
        return match.Success ? Lookup(match.Groups["name"].Value) : null;
    }

    private static Encoding? FromContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && !string.IsNullOrWhiteSpace(parsed.CharSet)
            ? Lookup(parsed.CharSet.Trim('"'))
            : null;

    private static Encoding? Lookup(string name)
    {
        // Browsers read "iso-8859-1" as windows-1252 (the WHATWG encoding standard); feeds mislabelled that way
        // carry curly quotes and dashes in the 0x80-0x9F range, which only windows-1252 decodes.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase))
            name = "windows-1252";
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]*\bencoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex DeclarationEncoding();
}
