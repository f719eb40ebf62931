using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NewsBot.Extraction;

/// <summary>
/// Main-content extraction: metadata from the page head; then what is never text (scripts, embeds) removed; then
/// furniture by its tag, name and phrase, except what holds most of the page's prose (see <see cref="ProseMap"/>);
/// then the tightest element that still holds most of the remaining prose. Any page, however broken, gives an
/// article: its text, or an empty text when it has none ("no article here"), with the reason logged when reading
/// failed.
/// </summary>
public sealed partial class ArticlePageExtractor(
    IOptions<ArticlePageOptions>? options = null, TimeProvider? time = null, ILogger<ArticlePageExtractor>? logger = null)
{
    private readonly TimeSpan _defaultOffset = (options?.Value ?? new ArticlePageOptions()).DefaultUtcOffset;

    /// <summary>The page's publication date is its own question, answered in <see cref="PageDateReader"/>.</summary>
    private readonly PageDateReader _dates = new((options?.Value ?? new ArticlePageOptions()).DefaultUtcOffset, time ?? TimeProvider.System);

    private readonly ILogger _logger = logger ?? NullLogger<ArticlePageExtractor>.Instance;

    /// <summary>Descend into a child while it keeps this share of its parent's prose.</summary>
    private const double DescendShare = 0.75;

    /// <param name="contentSelector">
    /// CSS selector of the article body from the source's settings, for a site where the guess is wrong; null to guess.
    /// A selector that matches nothing, or is not a selector, falls back to the guess rather than losing the article.
    /// </param>
    public ArticlePage Extract(string html, Uri pageUrl, string? contentSelector = null)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        IDocument? document = null;
        try
        {
            html = UnclosedTitle.Close(html ?? "");
            document = new HtmlParser().ParseDocument(html);
            var page = Read(document, pageUrl, contentSelector, trustNames: true);
            if (HasProse(page.Text) || document.Body is not { } body) return page;
            // A photo or video page has no paragraphs; its description or captions tell it.
            if (GalleryText(document, body) is { } gallery) return page with { Text = gallery };
            // Nothing of the article was left, nor a description: the names took it (a story split over blocks all
            // named "widget"). Read again with names as no evidence at all, as Readability retries without its
            // "unlikely candidates" rule. Not before the description: on photo pages that would bring back teasers.
            var again = Read(new HtmlParser().ParseDocument(html), pageUrl, contentSelector, trustNames: false);
            return HasProse(again.Text) ? page with { Text = again.Text } : page;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A page is outside input: whatever in it trips a rule must cost that page its body, not the poll its run.
            LogUnreadablePage(_logger, ex, pageUrl, ex.Message);
            return HeadOnly(document);
        }
    }

    private ArticlePage Read(IDocument document, Uri pageUrl, string? contentSelector, bool trustNames)
    {
        var image = FeedXml.Resolve(Meta(document, "og:image"), pageUrl);
        if (document.Body is not { } body)
        {
            return new ArticlePage(Clean(Meta(document, "og:title") ?? document.Title), "", [], image, _dates.PublishedOf(document, null));
        }

        // Read before anything is removed: the publication line is often in an element named like furniture ("meta").
        var published = _dates.PublishedOf(document, Clean(SiteNameSuffix.Strip(Meta(document, "og:title") ?? document.Title, pageUrl, Meta(document, "og:site_name"))));

        // Taken before the furniture is removed; share buttons inside it are still removed, since they stay its descendants.
        var selected = string.IsNullOrWhiteSpace(contentSelector) || !CssSelectorCheck.IsValid(contentSelector) ? null : body.QuerySelector(contentSelector);
        if (trustNames) PageBoilerplate.RemoveByName(body);
        else PageBoilerplate.RemoveNeverContent(body);
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
        BodyFurniture.Remove(main, _defaultOffset);
        image ??= FeedXml.Resolve(main.QuerySelector("img[src]")?.GetAttribute("src"), pageUrl);

        return new ArticlePage(Clean(title), HtmlToText.Convert(main), tags, image, published);
    }

    /// <summary>What is left when the body could not be read: the head's title and description, nothing guessed.</summary>
    private static ArticlePage HeadOnly(IDocument? document)
    {
        if (document is null) return new ArticlePage(null, "", [], null, null);
        var description = Meta(document, "og:description") ?? Meta(document, "description");
        var text = description is not null && HasProse(description) ? HtmlToText.Convert(description) : "";
        return new ArticlePage(Clean(Meta(document, "og:title") ?? document.Title), text, [], null, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the body of the page {Url}: {Reason}; keeping its title and description only")]
    private static partial void LogUnreadablePage(ILogger logger, Exception exception, Uri url, string reason);

    private static bool HasProse(string text) => text.Split('\n').Any(ProseMap.IsProseLine);

    /// <summary>
    /// A photo or video page has no paragraphs, only captions (which are not body text on an article page). Its own
    /// description is then the best text it has, as its editor wrote it; else its captions, in order.
    /// </summary>
    private static string? GalleryText(IDocument document, IElement body)
    {
        if ((Meta(document, "og:description") ?? Meta(document, "description")) is { } description && HasProse(description))
            return HtmlToText.Convert(description);
        var captions = body.QuerySelectorAll("figcaption").Select(c => HtmlToText.Convert(c.InnerHtml)).Where(HasProse).Distinct().ToList();
        return captions.Count > 0 ? string.Join("\n\n", captions) : null;
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

    internal const string Separators = "-|:–—»";

    private static string? Clean(string? title) => string.IsNullOrWhiteSpace(title) ? null : FeedXml.CleanTitle(title);

    internal static string? Meta(IDocument document, string property) =>
        (document.QuerySelector($"meta[property='{property}']") ?? document.QuerySelector($"meta[name='{property}']"))
            ?.GetAttribute("content") is { Length: > 0 } value ? value.Trim() : null;

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
        var prose = new ProseMap(body);
        if (body.QuerySelector("[itemprop=articleBody]") is { } marked && prose.Prose(marked) > 0) return marked;

        var current = body;
        while (true)
        {
            var best = current.Children.MaxBy(prose.Prose);
            if (best is null) return current;
            // Teasers of other articles (a headline link over a line of its lead) carry prose too, but sit in blocks
            // that are largely links: they do not compete with the article for the share it must keep.
            var teasers = current.Children.Where(c => c != best && IsLinkDense(c, prose)).Sum(prose.Prose);
            if (prose.Prose(best) < DescendShare * (prose.Prose(current) - teasers)) return current;
            current = best;
        }
    }

    /// <summary>A column or list of teasers: a third or more of its text is link text (headlines, "more" links).</summary>
    private static bool IsLinkDense(IElement element, ProseMap prose) => prose.Linked(element) >= TeaserLinkShare * prose.Text(element);

    private const double TeaserLinkShare = 0.3;
}
