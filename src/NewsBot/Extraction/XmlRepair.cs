using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// The small slips that make otherwise readable feeds ill-formed: an XML declaration after a comment, a bare "&amp;" in a link's query string, a reference to
/// an entity nobody declared ("&amp;doesnotexist;", kept as the text it was), a hexadecimal reference written with a
/// capital X ("&amp;#X41;", as HTML allows), and a last closing tag cut short ("&lt;/rss" without its "&gt;"). Repairing
/// them is safer than it looks: nothing is expanded, and the repaired text still goes through the same hardened reader.
/// </summary>
internal static partial class XmlRepair
{
    /// <summary>The text with the slips mended, each kind found added to <paramref name="repairs"/>.</summary>
    public static string Repair(string text, ICollection<FeedRepair> repairs)
    {
        // The text is already decoded, so a declaration after a comment says nothing new and only stops the reader.
        var repaired = Apply(text, LateDeclaration(), "", FeedRepair.MisplacedDeclaration, repairs);
        repaired = Apply(repaired, BareAmpersand(), "&amp;", FeedRepair.BareAmpersands, repairs);
        repaired = Apply(repaired, CapitalHexReference(), "&#x", FeedRepair.CapitalHexReferences, repairs);
        // Known HTML entities were already made numeric (HtmlEntities) and a DTD is refused, so what is left is undeclared.
        repaired = Apply(repaired, UndeclaredEntity(), "&amp;$1;", FeedRepair.UndeclaredEntities, repairs);
        var trimmed = repaired.TrimEnd();
        if (UnclosedLastTag().IsMatch(trimmed))
        {
            repaired = trimmed + ">";
            repairs.Add(FeedRepair.UnclosedElements);
        }

        return repaired;
    }

    private static string Apply(string text, Regex slip, string replacement, FeedRepair kind, ICollection<FeedRepair> repairs)
    {
        if (!slip.IsMatch(text)) return text;
        repairs.Add(kind);
        return slip.Replace(text, replacement);
    }

    [GeneratedRegex(@"(?<!^\s*)<\?xml\s[^>]*\?>")]
    private static partial Regex LateDeclaration();

    [GeneratedRegex(@"&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"&#X(?=[0-9a-fA-F]+;)")]
    private static partial Regex CapitalHexReference();

    [GeneratedRegex(@"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex UndeclaredEntity();

    [GeneratedRegex(@"</[A-Za-z][\w:.-]*$")]
    private static partial Regex UnclosedLastTag();
}
