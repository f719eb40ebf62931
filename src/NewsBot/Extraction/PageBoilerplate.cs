using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Extraction;

/// <summary>
/// Removes what is on every page of a site rather than in the article: menus, sidebars, share buttons, visitor
/// counters, "Baca juga" and "Ikuti Kami" blocks. Tuned on Indonesian regency portals (phpmu/CodeIgniter and
/// WordPress themes), whose class names mix English and Indonesian.
/// </summary>
internal static partial class PageBoilerplate
{
    /// <summary>
    /// Never article text, whatever they hold: code, embeds, form controls, and what the page hides from screen readers
    /// (pre-rendered copies and off-screen panels, which a reader does not get either).
    /// </summary>
    private const string NeverContent =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, textarea, input, [aria-hidden=true]";

    /// <summary>Usually page furniture by their tag, but some sites wrap the whole article in one (ASP.NET pages in a form).</summary>
    private const string FurnitureTags = "form, nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]";

    /// <summary>Blocks too short to be an article paragraph, where a phrase gives them away.</summary>
    private const int ShortBlock = 300;

    /// <summary>
    /// Structural boilerplate: elements that are navigation or page furniture by their tag or class name. A name is
    /// evidence, not a verdict: an element that holds half or more of the page's prose holds the article
    /// ("l-sidebar-fixed l-article-body-segment", "g-row-breaking-news", a form around a whole ASP.NET page), and stays;
    /// its own furniture is still removed, since each descendant is judged by itself.
    /// </summary>
    public static void RemoveByName(IElement body)
    {
        RemoveNeverContent(body);

        var prose = new ProseMap(body);
        var pageProse = prose.Prose(body);
        bool HoldsTheArticle(IElement element, string names) =>
            pageProse > 0 && prose.Prose(element) * 2 >= pageProse && !CommentsName().IsMatch(names);

        foreach (var element in body.QuerySelectorAll(FurnitureTags).ToList())
            if (!HoldsTheArticle(element, $"{element.ClassName} {element.Id}")) element.Remove();

        // A class like "wrapper with-sidebar" on the element that holds the whole page must not take the article with it.
        var pageLength = body.TextContent.Length;
        foreach (var element in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.Parent is null || element.LocalName is "body" or "main" or "article" || element.HasAttribute("itemprop")) continue;
            var names = $"{element.ClassName} {element.Id}";
            if (BoilerplateName().IsMatch(names) && element.TextContent.Length < pageLength / 2 && !HoldsTheArticle(element, names)) element.Remove();
            else if (IsCaption(element, names)) element.Remove();
        }
    }

    /// <summary>What is never text, for a reading that takes no name or tag as evidence.</summary>
    public static void RemoveNeverContent(IElement body)
    {
        foreach (var element in body.QuerySelectorAll(NeverContent).ToList()) element.Remove();
    }

    /// <summary>
    /// Readers' comments can outweigh a short article in prose, and are still not the article: their name keeps its
    /// verdict.
    /// </summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|komentar|disqus)(?:[\s_-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsName();

    /// <summary>
    /// A photo caption outside &lt;figcaption&gt; ("wp-caption", "caption-img"), which is no more article text than a
    /// figcaption is. Only a short block: "no_caption" on a list item, or a caption class on a whole gallery entry,
    /// must not take the text with it.
    /// </summary>
    private static bool IsCaption(IElement element, string names) =>
        CaptionName().IsMatch(names) && !NoCaptionName().IsMatch(names) && element.TextContent.Trim().Length < ShortBlock;

    [GeneratedRegex(@"(?:^|[\s_-])captions?(?:[\s_-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionName();

    [GeneratedRegex(@"(?:^|[\s_-])(?:no|without)[_-]?captions?(?:[\s_-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NoCaptionName();

    /// <summary>Short blocks that announce themselves: "Baca juga: ...", "Ikuti kami di ...", "Pengunjung hari ini: 123".</summary>
    public static void RemoveByPhrase(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("p, div, span, li, ul, section, h2, h3, h4, h5, strong, table, td").ToList())
        {
            if (element.Parent is null) continue;
            var text = element.TextContent.Trim();
            if (text.Length >= ShortBlock) continue;
            if (BoilerplatePhrase().IsMatch(text) || (text.Length < ShortLine && CopyrightLine().IsMatch(text))
                || (element.LocalName != "p" && text.Length < 120 && CounterText().IsMatch(text)))
                element.Remove();
        }
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:shares?|sharing|sharethis|socials?|sosmed|sidebar|widget|comments?|komentar|related|terkait|breadcrumbs?|menu|navbar|nav|navigation|footer|header|masthead|counter|statisti[ck]s?|stats|pengunjung|visitors?|reader|banner|ads?|iklan|advert\w*|popular|populer|terpopuler|newsletter|subscribe|pagination|pager|ticker|breaking|baca-?juga|read-?also|cookie|modal|popup|copyright|tag-?cloud|byline|author|penulis|meta|post-?meta|entry-?meta|rating|ratings|vote|voting|polling)(?:[\s_-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"^(?:baca\s+juga|simak\s+juga|lihat\s+juga|baca\s+selengkapnya|ikuti\s+kami|temukan\s+kami|follow\s+us|bagikan|share\s+this|berita\s+terkait|berita\s+lainnya|artikel\s+terkait|tags?\s*:|diposting\s+oleh|ditulis\s+oleh|posted\s+by|penulis\s*:|oleh\s*:|pewarta\s*:|fotografer\s*:|reporter\s*:|editor\s*:|jangan\s+lewatkan|more\s+(?:photos|stories|videos|news)\b|simak\s+(?:\w+\s+){0,3}lainnya)", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplatePhrase();

    /// <summary>A copyright line is one short line: a longer block starting with "©" is a photo credit run into its caption and text.</summary>
    private const int ShortLine = 100;

    [GeneratedRegex(@"^(?:copyright\b|©|hak\s+cipta)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"\b(?:pengunjung|visitors?|online|hits|dilihat|pembaca|kunjungan)\b.*\d|\d.*\b(?:pengunjung|visitors?|online|hits|dilihat|pembaca|kunjungan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CounterText();
}
