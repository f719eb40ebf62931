using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// Feeds written by hand or by HTML-minded CMSes use HTML named entities (&amp;nbsp;, &amp;eacute;) that XML does not
/// declare, which makes the whole document unreadable. They are rewritten as numeric references before parsing; the
/// five XML entities are left alone. References to the C1 control range (&amp;#146;) mean windows-1252 punctuation, as
/// browsers read them, and are rewritten to the characters they meant.
/// </summary>
internal static partial class HtmlEntities
{
    public static string ToNumericReferences(string xml)
    {
        if (!xml.Contains('&', StringComparison.Ordinal)) return xml;
        xml = C1Reference().Replace(xml, match =>
        {
            var code = match.Groups["dec"].Success
                ? int.Parse(match.Groups["dec"].Value, CultureInfo.InvariantCulture)
                : int.Parse(match.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var meant = Windows1252.GetString([(byte)code])[0];
            return string.Create(CultureInfo.InvariantCulture, $"&#{(int)meant};");
        });
        return NamedEntity().Replace(xml, match =>
        {
            var name = match.Groups[1].Value;
            if (name is "amp" or "lt" or "gt" or "quot" or "apos") return match.Value;
            var decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded == match.Value) return match.Value;
            return string.Concat(decoded.EnumerateRunes().Select(r => string.Create(CultureInfo.InvariantCulture, $"&#{r.Value};")));
        });
    }

    private static readonly System.Text.Encoding Windows1252 = CodePages();

    private static System.Text.Encoding CodePages()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1252);
    }

    [GeneratedRegex("&#(?:0*(?<dec>12[89]|1[3-5][0-9])|[xX]0*(?<hex>[89][0-9a-fA-F]));")]
    private static partial Regex C1Reference();

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();
}
