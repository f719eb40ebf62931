using System.Text.RegularExpressions;

namespace NewsBot.Summaries;

/// <summary>
/// The words a news page puts around an article that are not news: cross-links ("Baca juga: ..."), credits
/// ("Editor: ..."), advertisement labels, share buttons, "follow us" calls, copyright footers, bare links. Whole lines
/// of it are recognised by <see cref="IsFurnitureLine"/>; runs of it left inside a paragraph (an extractor that joined
/// the blocks) are cut out by <see cref="RemoveInline"/>. Every pattern is anchored to the shape of the label, so prose
/// that merely uses the words ("kami lihat juga", "iklan rokok") is kept.
/// </summary>
public static partial class PageFurnitureText
{
    /// <summary>A line, paragraph or sentence that is furniture as a whole.</summary>
    public static bool IsFurnitureLine(string text) =>
        CreditLine().IsMatch(text) || CrossLinkLine().IsMatch(text) || Footer().IsMatch(text) || BareLink().IsMatch(text)
        || AdLabel().IsMatch(text) || ShareButtons().IsMatch(text) || FollowUs().IsMatch(text);

    /// <summary>The paragraph without cross-links in brackets or after a sentence, and without advertisement labels.</summary>
    public static string RemoveInline(string paragraph)
    {
        if (!paragraph.Contains("juga", StringComparison.OrdinalIgnoreCase)
            && !paragraph.Contains("ADVERTISEMENT", StringComparison.Ordinal)) return paragraph;
        var text = BracketedCrossLink().Replace(paragraph, " ");
        text = InlineCrossLink().Replace(text, " ");
        text = CrossLinkWidget().Replace(text, " ");
        return InlineAdLabel().Replace(text, " ");
    }

    [GeneratedRegex(@"^(?:berita\s+terkait|artikel\s+terkait|editor|pewarta|penulis|reporter|redaktur|fotografer|sumber|foto|keterangan\s+foto|caption|tags?|kata\s+kunci|topik|ikuti\s+kami|bagikan|share|copyright|hak\s+cipta)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    // "Baca juga: ...", "SIMAK JUGA - ...", "[Baca Juga: ...]", "Baca_Juga", "Read also: ...", or the label alone.
    [GeneratedRegex(@"^[\[(]?\s*(?:(?i:baca|simak|lihat)[\s_]+(?i:juga)|(?i:read|see)\s+(?i:also|more)|(?i:also\s+read))\b(?:\s*[:：\-–—]|\s*[\])]?\s*$|\s+(?=[\p{Lu}\d""“]))")]
    private static partial Regex CrossLinkLine();

    [GeneratedRegex(@"(?:©|\(c\)\s*\d{4}|copyright\s+(?:©|\d{4})|hak\s+cipta\s+dilindungi|all\s+rights\s+reserved)", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^\s*(?:https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLink();

    // Each label is followed by the separators up to the next one, and by nothing else, so a long line that is not
    // made of labels is refused in one pass (no two ways of splitting it to backtrack through).
    // A line that is only advertisement labels: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Iklan".
    [GeneratedRegex(@"^[\W_]*(?:(?:advertisement|advertisment|advertorial|iklan|info\s+iklan|pasang\s+iklan|sponsored(?:\s+content)?|konten\s+bersponsor|scroll\s+to\s+(?:continue|resume)(?:\s+with\s+content|\s+reading)?|lanjutkan\s+membaca|continue\s+reading(?:\s+below)?)(?![\p{L}\d])[\W_]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex AdLabel();

    // A line that is only share buttons: "Bagikan", "Share this", "Facebook Twitter WhatsApp", "Salin link".
    [GeneratedRegex(@"^[\W_]*(?:(?:share(?:\s+(?:this|on|to|via))?(?:\s+(?:article|story|page|post|artikel))?|bagikan(?:\s+(?:ke|via|artikel|berita))?(?:\s+ini)?|tweet|facebook|fb|twitter|x|whatsapp|wa|telegram|line|linkedin|pinterest|reddit|email|e-mail|surel|copy\s+link|salin\s+(?:link|tautan)|print|cetak|komentar|on|or|and|via|to|ke|atau|dan)(?![\p{L}\d])[\W_]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareButtons();

    // A short call to follow the publisher elsewhere: "Ikuti kami di Google News", "Simak breaking news dan berita
    // pilihan kami langsung di ponselmu", "Gabung di saluran WhatsApp ...".
    [GeneratedRegex(@"^(?:ikuti|follow|gabung(?:lah)?|bergabung(?:lah)?|join|simak|dapatkan|download|unduh|klik)\b(?=.{0,250}$).*?(?:google\s+news|saluran\s+whatsapp|whatsapp\s+channel|channel\s+(?:whatsapp|telegram)|grup\s+telegram|breaking\s+news\s+dan\s+berita\s+pilihan|berita\s+pilihan\s+dan\s+breaking\s+news|ikuti\s+kami|follow\s+us)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUs();

    [GeneratedRegex(@"[\[]\s*(?i:baca|simak|lihat)[\s_]+(?i:juga)\s*[:：\-–—][^\]\n]*\]|\(\s*(?i:baca|simak|lihat)[\s_]+(?i:juga)\s*[:：\-–—](?:[^()\n]|\([^()\n]*\))*\)")]
    private static partial Regex BracketedCrossLink();

    // Capitalised, with a separator, so prose ("kami lihat juga") is untouched; the pasted headline has no full stop of
    // its own, so the cut runs to the end of the next sentence: losing that sentence is better than keeping half a headline.
    [GeneratedRegex(@"(?<=^|\s)(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)[\s_]+(?:juga|Juga|JUGA)\s*[:：\-–—][^\n]*?(?:[.!?]+[""”’]?(?=\s|$)|$)")]
    private static partial Regex InlineCrossLink();

    [GeneratedRegex(@"(?<![\p{L}\d])(?i:baca_juga)(?![\p{L}\d])")]
    private static partial Regex CrossLinkWidget();

    // In capitals inside a paragraph the word is the label of an ad slot, never the prose word.
    [GeneratedRegex(@"\bADVERTISEMENT\b(?:\s+SCROLL\s+TO\s+(?:CONTINUE|RESUME)(?:\s+WITH\s+CONTENT|\s+READING)?)?")]
    private static partial Regex InlineAdLabel();
}
