using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// The slips that make otherwise readable feeds ill-formed: a bare "&amp;" in a link's query string, a reference to an
/// entity nobody declared ("&amp;doesnotexist;", kept as the text it was), a hexadecimal reference written with a capital
/// X ("&amp;#X41;", as HTML allows), and a last closing tag cut short ("&lt;/rss" without its "&gt;"). Repairing them is
/// safer than it looks: nothing is expanded, and the repaired text still goes through the same hardened reader.
/// </summary>
internal static partial class XmlRepair
{
    public static string? TryRepair(string text)
    {
        var repaired = BareAmpersand().Replace(text, "&amp;");
        repaired = CapitalHexReference().Replace(repaired, "&#x");
        // Known HTML entities were already made numeric (HtmlEntities) and a DTD is refused, so what is left is undeclared.
        repaired = UndeclaredEntity().Replace(repaired, "&amp;$1;");
        var trimmed = repaired.TrimEnd();
        if (UnclosedLastTag().IsMatch(trimmed)) repaired = trimmed + ">";
        return repaired == text ? null : repaired;
    }

    [GeneratedRegex(@"&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"&#X(?=[0-9a-fA-F]+;)")]
    private static partial Regex CapitalHexReference();

    [GeneratedRegex(@"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex UndeclaredEntity();

    [GeneratedRegex(@"</[A-Za-z][\w:.-]*$")]
    private static partial Regex UnclosedLastTag();
}
