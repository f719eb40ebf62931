using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Eval.Sources;

/// <summary>
/// A stored page's bytes to text in the order the app's own page decoding uses (byte-order mark, the page's meta
/// charset, UTF-8, windows-1252 when the bytes are not UTF-8); the app's decoder is internal to it, and a set's pages
/// come without HTTP headers, so this is the same decision for the same bytes.
/// </summary>
internal static partial class PageText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] page)
    {
        var (encoding, skip) = page switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (MetaCharset(page) ?? StrictUtf8, 0),
        };
        if (encoding.CodePage != Encoding.UTF8.CodePage) return encoding.GetString(page, skip, page.Length - skip);
        try
        {
            return StrictUtf8.GetString(page, skip, page.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(page, skip, page.Length - skip);
        }
    }

    private static Encoding? MetaCharset(byte[] page)
    {
        var match = Charset().Match(Encoding.ASCII.GetString(page, 0, Math.Min(page.Length, 1024)));
        if (!match.Success) return null;
        var name = match.Groups["name"].Value;
        // Browsers read "iso-8859-1" as windows-1252, whose 0x80-0x9F are the curly quotes and dashes pages carry.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase))
            name = "windows-1252";
        try
        {
            var found = Encoding.GetEncoding(name);
            // A page readable as ASCII is not UTF-16 whatever its meta says; browsers read that claim as UTF-8.
            return found is UnicodeEncoding ? null : found;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
