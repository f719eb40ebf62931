using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// The two slips that make otherwise readable feeds ill-formed: a bare "&amp;" in a link's query string, and a last
/// closing tag cut short ("&lt;/rss" without its "&gt;"). Repairing them is safer than it looks: nothing is expanded,
/// and the repaired text still goes through the same hardened reader.
/// </summary>
internal static partial class XmlRepair
{
    public static string? TryRepair(string text)
    {
        var repaired = BareAmpersand().Replace(text, "&amp;");
        var trimmed = repaired.TrimEnd();
        if (UnclosedLastTag().IsMatch(trimmed)) repaired = trimmed + ">";
        return repaired == text ? null : repaired;
    }

    [GeneratedRegex(@"&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"</[A-Za-z][\w:.-]*$")]
    private static partial Regex UnclosedLastTag();
}
