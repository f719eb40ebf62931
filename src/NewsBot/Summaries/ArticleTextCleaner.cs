using System.Text.RegularExpressions;

namespace NewsBot.Summaries;

/// <summary>
/// Removes what frames an Indonesian news text rather than telling it: the dateline ("Demak – ",
/// "JAKARTA, KOMPAS.com - "), reporter credits ("(kominfo/ist-rdy)") and credit or cross-link lines.
/// </summary>
public sealed partial class ArticleTextCleaner
{
    public string Clean(string plainText)
    {
        if (string.IsNullOrWhiteSpace(plainText)) return "";
        var paragraphs = plainText.Split('\n', StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 0 && !CreditLine().IsMatch(p))
            .ToList();
        if (paragraphs.Count == 0) return "";

        paragraphs[0] = Dateline().Replace(paragraphs[0], "", 1);
        paragraphs[^1] = TrailingCredit().Replace(paragraphs[^1], "");
        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    // A dateline is a capitalised place (and agency) before a spaced dash, followed by the capitalised first word.
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'.]*(?:\s+[\p{Lu}][\p{L}'.]*){0,2})(?:\s*,\s*[\p{L}\d./ ]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s+[-–—]{1,2}(?:\s+(?=[\p{Lu}\d""“])|$)")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\s*\((?:[\p{L}\d]{1,20}[/\-]?\s?){1,5}\)\s*$")]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^(?:baca\s+juga|simak\s+juga|lihat\s+juga|editor|pewarta|penulis|reporter|fotografer|sumber|foto|ikuti\s+kami|copyright)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();
}
