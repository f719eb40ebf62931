using System.Text.RegularExpressions;
using NewsBot.Text;

namespace NewsBot.Summaries;

/// <summary>
/// Removes what frames an Indonesian news text rather than telling it: the dateline ("Demak – ",
/// "JAKARTA, KOMPAS.com - "), reporter credits ("(kominfo/ist-rdy)") and page furniture (<see cref="PageFurnitureText"/>:
/// cross-links, credits, advertisement and share labels, footers). It also repairs what a reader would see as broken:
/// UTF-8 read as windows-1252 ("Peopleâ€™s") and runs of spaces, tabs and no-break spaces.
/// </summary>
public sealed partial class ArticleTextCleaner
{
    public string Clean(string plainText)
    {
        if (string.IsNullOrWhiteSpace(plainText)) return "";
        var paragraphs = MojibakeRepair.Repair(plainText).Split('\n', StringSplitOptions.TrimEntries)
            .Select(p => CollapseWhitespace(PageFurnitureText.RemoveInline(p)).Trim())
            .Where(p => p.Length > 0 && !LooksLikeBoilerplate(p))
            .ToList();
        if (paragraphs.Count == 0) return "";

        paragraphs[0] = Dateline().Replace(paragraphs[0], "", 1);
        for (var i = 0; i < paragraphs.Count; i++) paragraphs[i] = TrailingCredit().Replace(paragraphs[i], "");
        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    /// <summary>
    /// A line or sentence that is page furniture: "Baca juga: ...", "Editor: ...", a photo caption, a tag list,
    /// a copyright footer, a bare link, an advertisement or share label. The summariser also uses this to skip such
    /// sentences left inside paragraphs.
    /// </summary>
    public static bool LooksLikeBoilerplate(string text) => PageFurnitureText.IsFurnitureLine(text);

    /// <summary>One plain space for every run of white space (IndoSum's no-break spaces, tabs, doubled spaces).</summary>
    private static string CollapseWhitespace(string paragraph) =>
        WhitespaceRun().IsMatch(paragraph) ? WhitespaceRun().Replace(paragraph, " ") : paragraph;

    // A dateline is a capitalised place (and agency) before a spaced dash, followed by the capitalised first word.
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'.]*(?:\s+[\p{Lu}][\p{L}'.]*){0,2})(?:\s*,\s*[\p{L}\d./ ]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s+[-–—]{1,2}(?:\s+(?=[\p{Lu}\d""“])|$)")]
    private static partial Regex Dateline();

    // Credits sit at the end of a paragraph in parentheses: lower-case handles joined by slashes or hyphens
    // ("(kominfo/ist-rdy)", "(ant/dn)"), handles of any case joined by slashes ("(Yendhi/win)"), an agency's code
    // ("(D011)") or a bare agency name. A date ("(4/11/2024)") has no letter and stays.
    [GeneratedRegex(@"\s*\((?=[^)]*\p{L})(?:(?=[^)]*[/\-])(?:[\p{Ll}\d]{1,20}[/\-]?\s?){1,5}|(?:[\p{L}\d]{1,20}\s?/\s?){1,4}[\p{L}\d]{1,20}|\p{Lu}\d{2,4}|kominfo|humas|ist|ant|red|adv|ads|rls)\)\s*$")]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"\s{2,}|[^\S ]")]
    private static partial Regex WhitespaceRun();
}
