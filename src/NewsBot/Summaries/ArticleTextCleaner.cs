using System.Text.RegularExpressions;

namespace NewsBot.Summaries;

/// <summary>
/// Removes what frames an Indonesian news text rather than telling it: the dateline ("Demak – ",
/// "JAKARTA, KOMPAS.com - "), reporter credits ("(kominfo/ist-rdy)"), credit, cross-link, caption, tag-list and
/// site-footer lines.
/// </summary>
public sealed partial class ArticleTextCleaner
{
    public string Clean(string plainText)
    {
        if (string.IsNullOrWhiteSpace(plainText)) return "";
        var paragraphs = plainText.Split('\n', StringSplitOptions.TrimEntries)
            .Select(p => InlineCrossLink().Replace(p, " ").Trim())
            .Where(p => p.Length > 0 && !LooksLikeBoilerplate(p))
            .ToList();
        if (paragraphs.Count == 0) return "";

        paragraphs[0] = Dateline().Replace(paragraphs[0], "", 1);
        for (var i = 0; i < paragraphs.Count; i++) paragraphs[i] = TrailingCredit().Replace(paragraphs[i], "");
        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    /// <summary>
    /// A line or sentence that is page furniture: "Baca juga: ...", "Editor: ...", a photo caption, a tag list,
    /// a copyright footer, a bare link. The summariser also uses this to skip such sentences left inside paragraphs.
    /// </summary>
    public static bool LooksLikeBoilerplate(string text) =>
        CreditLine().IsMatch(text) || Footer().IsMatch(text) || BareLink().IsMatch(text);

    // A dateline is a capitalised place (and agency) before a spaced dash, followed by the capitalised first word.
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'.]*(?:\s+[\p{Lu}][\p{L}'.]*){0,2})(?:\s*,\s*[\p{L}\d./ ]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s+[-–—]{1,2}(?:\s+(?=[\p{Lu}\d""“])|$)")]
    private static partial Regex Dateline();

    // Credits sit at the end of a paragraph in parentheses of short lower-case handles: "(kominfo/ist-rdy)", "(ant/dn)".
    [GeneratedRegex(@"\s*\((?=[^)]*[/\-])(?:[\p{Ll}\d]{1,20}[/\-]?\s?){1,5}\)\s*$|\s*\((?:kominfo|humas|ist|ant|red|adv|ads|rls)\)\s*$")]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^(?:baca\s+juga|simak\s+juga|lihat\s+juga|berita\s+terkait|editor|pewarta|penulis|reporter|redaktur|fotografer|sumber|foto|keterangan\s+foto|caption|tags?|kata\s+kunci|topik|ikuti\s+kami|bagikan|share|copyright|hak\s+cipta)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"(?:©|\(c\)\s*\d{4}|copyright\s+(?:©|\d{4})|hak\s+cipta\s+dilindungi|all\s+rights\s+reserved)", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^\s*(?:https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLink();

    // "Baca juga: <headline>" pasted into the middle of a paragraph runs to the next capitalised sentence start.
    [GeneratedRegex(@"(?<=[.!?”""])\s+(?i:baca\s+juga|simak\s+juga|lihat\s+juga)\s*:[^.!?\n]*?(?=\s+[\p{Lu}“""]|$)")]
    private static partial Regex InlineCrossLink();
}
