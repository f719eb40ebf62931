using AngleSharp.Dom;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;

namespace NewsBot.Extraction;

/// <summary>
/// A first honest main-content extractor: metadata from the page head, boilerplate stripped by name and phrase, then
/// the tightest element that still holds most of the remaining prose.
/// </summary>
public sealed partial class ArticlePageExtractor(IOptions<ArticlePageOptions>? options = null)
{
    private readonly TimeSpan _defaultOffset = (options?.Value ?? new ArticlePageOptions()).DefaultUtcOffset;

    /// <summary>Text nodes shorter than this are labels and buttons rather than prose, so they do not vote.</summary>
    private const int ProseMinLength = 25;

    /// <summary>Prose has lower-case words; dates, bylines and Title Case headings do not, so they do not vote either.</summary>
    private const int ProseMinLowerWords = 3;

    /// <summary>Descend into a child while it keeps this share of its parent's prose.</summary>
    private const double DescendShare = 0.8;

    /// <param name="contentSelector">
    /// CSS selector of the article body from the source's settings, for a site where the guess is wrong; null to guess.
    /// A selector that matches nothing falls back to the guess rather than losing the article.
    /// </param>
    public ArticlePage Extract(string html, Uri pageUrl, string? contentSelector = null)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = new HtmlParser().ParseDocument(html ?? "");
        var image = FeedXml.Resolve(Meta(document, "og:image"), pageUrl);
        if (document.Body is not { } body)
        {
            return new ArticlePage(Clean(Meta(document, "og:title") ?? document.Title), "", [], image, PublishedOf(document, null));
        }

        // Read before anything is removed: the publication line is often in an element named like furniture ("meta").
        var published = PublishedOf(document, Clean(SiteNameSuffix.Strip(Meta(document, "og:title") ?? document.Title, pageUrl, Meta(document, "og:site_name"))));

        // Taken before the furniture is removed; share buttons inside it are still removed, since they stay its descendants.
        var selected = string.IsNullOrWhiteSpace(contentSelector) ? null : body.QuerySelector(contentSelector);
        PageBoilerplate.RemoveByName(body);
        // The h1 is read after the furniture is gone: some portal themes put visitor counters in h1 elements.
        var h1 = body.QuerySelector("h1")?.TextContent;
        var siteName = Meta(document, "og:site_name");
        var headTitle = SiteNameSuffix.Strip(document.Title, pageUrl, siteName);
        var title = Meta(document, "og:title") is { } og ? TitleOf(SiteNameSuffix.Strip(og, pageUrl, siteName), h1)
            : TitleOf(headTitle, h1) is { } t && t == headTitle && !string.IsNullOrWhiteSpace(h1) ? h1 : TitleOf(headTitle, h1);
        var tags = TakeTags(body);
        PageBoilerplate.RemoveByPhrase(body);
        var main = selected ?? MainContent(body);
        foreach (var heading in main.QuerySelectorAll("h1").ToList()) heading.Remove();
        image ??= FeedXml.Resolve(main.QuerySelector("img[src]")?.GetAttribute("src"), pageUrl);

        return new ArticlePage(Clean(title), HtmlToText.Convert(main), tags, image, published);
    }

    /// <summary>The h1 when the head's title is the h1 plus the site's name ("... - Kompas.com", "KapanLagi.com: ...").</summary>
    private static string? TitleOf(string? headTitle, string? h1)
    {
        var heading = h1?.Trim();
        if (string.IsNullOrEmpty(heading) || headTitle is null) return headTitle ?? heading;
        if (!headTitle.Contains(heading, StringComparison.Ordinal)) return headTitle;
        var rest = headTitle.Replace(heading, "", StringComparison.Ordinal).Trim();
        var siteName = rest.Length > 0 && (Separators.Contains(rest[0]) || Separators.Contains(rest[^1]))
            && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
        return siteName || rest.Length == 0 ? heading : headTitle;
    }

    private const string Separators = "-|:–—»";

    private static string? Clean(string? title) => string.IsNullOrWhiteSpace(title) ? null : FeedXml.CleanTitle(title);

    private static string? Meta(IDocument document, string property) =>
        (document.QuerySelector($"meta[property='{property}']") ?? document.QuerySelector($"meta[name='{property}']"))
            ?.GetAttribute("content") is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>
    /// Machine-readable dates first (meta, microdata, JSON-LD, time elements), then the date the page shows next to its
    /// headline.
    /// </summary>
    private DateTime? PublishedOf(IDocument document, string? title)
    {
        var published = document.QuerySelector("[itemprop=datePublished]");
        var machine = MachineDate(Meta(document, "article:published_time"))
            ?? MachineDate(published?.GetAttribute("content") ?? published?.GetAttribute("datetime"))
            ?? MachineDate(JsonLdDate().Match(string.Concat(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent))).Groups["date"].Value)
            ?? PublishMetaNames.Select(name => MachineDate(Meta(document, name))).FirstOrDefault(d => d is not null)
            ?? document.QuerySelectorAll("time[datetime]").Select(t => MachineDate(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
        var shown = ShownDates(document, title);
        if (machine is not { } stated) return shown.Count > 0 ? shown[0].Utc : null;

        // Some Indonesian CMSs stamp their local clock with "Z". When the page shows that same clock time as local
        // time and nothing shows the UTC reading, the page is right and the "Z" is not.
        var local = stated.Utc - _defaultOffset;
        if (stated.SaysUtc && !shown.Any(d => Near(d.Utc, stated.Utc)) && shown.Any(d => Near(d.Utc, local)))
            return local;
        return stated.Utc;
    }

    private static bool Near(DateTime a, DateTime b) => Math.Abs((a - b).TotalSeconds) < 60;

    /// <summary>Meta names CMSs use for the publication time besides Open Graph's.</summary>
    private static readonly string[] PublishMetaNames = ["pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "DC.date.issued"];

    private (DateTime Utc, bool SaysUtc)? MachineDate(string? text) => Date(text) is { } date
        ? (date, UtcSuffix().IsMatch(text!))
        : null;

    [GeneratedRegex(@"(?:Z|[+-]00:?00)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UtcSuffix();

    /// <summary>
    /// Dates written in the page's text, best first: the publication line sits next to the headline, while the site's
    /// "today" in the header and the dates of related articles sit further away. A date with a time of day beats a
    /// bare date a little further away, since headers show bare dates and datelines show the minute.
    /// </summary>
    private List<(DateTime Utc, int Score)> ShownDates(IDocument document, string? title)
    {
        if (document.Body is not { } body) return [];
        var lines = new List<(string Text, IElement Owner)>();
        // Each element's text is taken once: a page of many text nodes in one element must not cost their square.
        var wholeText = new Dictionary<IElement, string?>();
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || parent.LocalName is "script" or "style" or "noscript" or "template") continue;
            // A short element is read whole ("<span>23/02/2016</span> <b>16:00</b> WIB"); in a long one each text node alone.
            if (wholeText.TryGetValue(parent, out var seen))
            {
                if (seen is not null) continue;
            }
            else
            {
                var content = parent.TextContent;
                wholeText[parent] = seen = content.Length <= MaxDateLineChars ? content : null;
            }

            var text = seen ?? node.Data;
            if (text.Trim().Length > 0) lines.Add((text, parent));
        }

        var headline = HeadlineIndex(lines, title, body);
        var dates = new List<(DateTime Utc, int Score)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length > MaxDateLineChars || FeedDate.Find(lines[i].Text, _defaultOffset) is not { } found) continue;
            // After the headline is a little likelier than before it: bylines follow the title more often than precede it.
            var distance = i >= headline ? i - headline : (headline - i) * 2;
            dates.Add((found.Utc, distance + (found.HasTime ? 0 : BareDatePenalty)));
        }

        return dates.OrderBy(d => d.Score).ToList();
    }

    /// <summary>Longer than any dateline with a byline and a view counter, shorter than a paragraph that merely mentions a date.</summary>
    private const int MaxDateLineChars = 160;

    /// <summary>How many lines further a date with a time may be and still beat a bare date.</summary>
    private const int BareDatePenalty = 12;

    /// <summary>
    /// The line that holds the headline: the title's own text ("In Picture: " and the like allowed before it) outside
    /// links and lists, where the same headline also appears among "latest news"; else the first h1; else the top.
    /// </summary>
    private static int HeadlineIndex(List<(string Text, IElement Owner)> lines, string? title, IElement body)
    {
        var wanted = Normalize(title);
        if (wanted.Length > 0)
        {
            var shown = lines.FindIndex(l => IsHeadline(Normalize(l.Text), wanted)
                && l.Owner.Closest("a, li") is null);
            if (shown >= 0) return shown;
        }

        var h1 = body.QuerySelector("h1");
        var index = h1 is null ? -1 : lines.FindIndex(l => l.Owner == h1 || h1.Contains(l.Owner));
        return Math.Max(0, index);
    }

    /// <remarks>The title may still carry a site name the page does not state anywhere ("... - Portal Berita").</remarks>
    private static bool IsHeadline(string line, string title) =>
        line == title
        || (line.EndsWith(title, StringComparison.Ordinal) && line.Length <= title.Length + MaxHeadlinePrefix)
        || (line.Length >= MinHeadlineChars && title.StartsWith(line, StringComparison.Ordinal) && Separators.Contains(title[line.Length..].TrimStart()[0]));

    private const int MinHeadlineChars = 15;

    /// <summary>A rubric before the headline ("In Picture:", "VIDEO -"), not a sentence that happens to end with it.</summary>
    private const int MaxHeadlinePrefix = 20;

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private DateTime? Date(string? text) => FeedDate.Parse(text, _defaultOffset);

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"(?<date>[^\"]+)\"")]
    private static partial Regex JsonLdDate();

    /// <summary>The article's own tags, removed from the page afterwards so their names do not end the text.</summary>
    private static List<string> TakeTags(IElement body)
    {
        var blocks = body.QuerySelectorAll("[class]").Where(e => e.ClassList.Any(IsTagClass) && IsLinkList(e)).ToList();
        var links = body.QuerySelectorAll("a[rel~=tag]")
            .Concat(blocks.SelectMany(b => b.LocalName == "a" ? new[] { b } : b.QuerySelectorAll("a").ToArray()));
        var tags = FeedXml.Distinct(links.Select(a => a.TextContent.Trim().TrimStart('#'))).Where(t => t.Length <= TagSlug.MaxLength).ToList();
        foreach (var block in blocks) block.Remove();
        return tags;
    }

    /// <summary>
    /// A tag list is mostly links. WordPress also writes "tag-foo" classes on the article element itself, which must not
    /// be taken for the article's tag list.
    /// </summary>
    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is "article" or "main" or "body") return false;
        var text = element.TextContent.Trim().Length;
        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return element.LocalName == "a" || text <= MaxTagBlockChars || linked * 2 >= text;
    }

    /// <summary>Longer than any list of a few tags, so a longer block must be mostly links to count as one.</summary>
    private const int MaxTagBlockChars = 200;

    /// <summary>
    /// Cased scripts show prose by lower-case words; Chinese, Japanese and Thai have no case and few spaces, so there a
    /// run of letters does.
    /// </summary>
    private static bool IsProse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Count(w => char.IsLower(w[0])) >= ProseMinLowerWords
        || text.Count(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter) >= ProseMinUncasedLetters;

    /// <summary>About a short sentence in Chinese or Japanese.</summary>
    private const int ProseMinUncasedLetters = 12;

    /// <summary>"tags", "post-tags", "tag-list", but not "stage" or "heritage", which merely contain the letters.</summary>
    private static bool IsTagClass(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.Contains("cloud", StringComparison.Ordinal)) return false;
        return lower is "tag" or "tags" || lower.StartsWith("tag-", StringComparison.Ordinal) || lower.StartsWith("tags-", StringComparison.Ordinal)
            || lower.EndsWith("-tag", StringComparison.Ordinal) || lower.EndsWith("-tags", StringComparison.Ordinal) || lower.EndsWith("_tags", StringComparison.Ordinal);
    }

    private static IElement MainContent(IElement body)
    {
        var prose = new Dictionary<IElement, int>();
        foreach (var text in body.Descendants<IText>())
        {
            var length = text.Data.Trim().Length;
            if (length < ProseMinLength || !IsProse(text.Data) || text.Ancestors<IElement>().Any(a => a.LocalName == "a")) continue;
            for (var element = text.ParentElement; element is not null && element != body.Parent; element = element.ParentElement)
                prose[element] = prose.GetValueOrDefault(element) + length;
        }

        if (body.QuerySelector("[itemprop=articleBody]") is { } marked && prose.ContainsKey(marked)) return marked;

        var current = body;
        while (true)
        {
            var best = current.Children.MaxBy(child => prose.GetValueOrDefault(child));
            if (best is null || prose.GetValueOrDefault(best) < DescendShare * prose.GetValueOrDefault(current)) return current;
            current = best;
        }
    }
}
