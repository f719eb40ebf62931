using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// Feeds written by hand or by HTML-minded CMSes use HTML named entities (&amp;nbsp;, &amp;eacute;) that XML does not
/// declare, which makes the whole document unreadable. They are rewritten as numeric references before parsing; the
/// five XML entities are left alone.
/// </summary>
internal static partial class HtmlEntities
{
    public static string ToNumericReferences(string xml)
    {
        if (!xml.Contains('&', StringComparison.Ordinal)) return xml;
        return NamedEntity().Replace(xml, match =>
        {
            var name = match.Groups[1].Value;
            if (name is "amp" or "lt" or "gt" or "quot" or "apos") return match.Value;
            var decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded == match.Value) return match.Value;
            return string.Concat(decoded.EnumerateRunes().Select(r => string.Create(CultureInfo.InvariantCulture, $"&#{r.Value};")));
        });
    }

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();
}
