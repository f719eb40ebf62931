using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Extraction;

/// <summary>
/// Finds the article links on a news site's listing page (home page, "Berita" index), newest first as the page shows
/// them. By default it guesses from the shape of the links; a CSS selector in the source's settings overrides the guess
/// for sites where it is wrong.
/// </summary>
public sealed partial class ListingLinkFinder
{
    /// <summary>Headlines are sentences; "Beranda", "Selengkapnya" and page numbers are not.</summary>
    private const int MinAnchorTextLength = 15;

    public IReadOnlyList<Uri> Find(string html, Uri pageUrl, string? linkSelector = null)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = new HtmlParser().ParseDocument(html ?? "");
        if (document.Body is not { } body) return [];

        if (!string.IsNullOrWhiteSpace(linkSelector))
        {
            return body.QuerySelectorAll(linkSelector)
                .Select(e => e.LocalName == "a" ? e : e.QuerySelector("a[href]"))
                .Select(a => FeedXml.Resolve(a?.GetAttribute("href"), pageUrl))
                .OfType<Uri>().DistinctBy(u => u.AbsoluteUri).ToList();
        }

        PageBoilerplate.RemoveByName(body);
        return body.QuerySelectorAll("a[href]")
            .Where(a => a.TextContent.Trim().Length >= MinAnchorTextLength || a.QuerySelector("img") is not null)
            .Select(a => FeedXml.Resolve(a.GetAttribute("href"), pageUrl))
            .OfType<Uri>()
            .Where(u => SameSite(u, pageUrl) && LooksLikeArticle(u))
            .DistinctBy(u => u.AbsoluteUri)
            .ToList();
    }

    private static bool SameSite(Uri link, Uri page) =>
        link.Host.EndsWith(SiteOf(page.Host), StringComparison.OrdinalIgnoreCase);

    /// <summary>"news.kudus.go.id" and "www.kudus.go.id" are one site; the last two labels (three for .go.id) decide.</summary>
    private static string SiteOf(string host)
    {
        var labels = host.Split('.');
        var keep = labels.Length >= 3 && labels[^2].Length <= 3 ? 3 : 2;
        return string.Join('.', labels.TakeLast(Math.Min(keep, labels.Length)));
    }

    /// <summary>An article address has a slug of several words or a long numeric id, and is not a section or tag page.</summary>
    private static bool LooksLikeArticle(Uri link)
    {
        var path = link.AbsolutePath;
        if (NotArticle().IsMatch(path)) return false;
        var last = path.TrimEnd('/').Split('/')[^1];
        return last.Count(c => c is '-' or '_') >= 2 || ArticleId().IsMatch(path);
    }

    [GeneratedRegex(@"/(?:tag|tags|category|kategori|author|penulis|page|halaman|search|cari|label|topik|indeks|index)(?:/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotArticle();

    [GeneratedRegex(@"/\d{4,}(?:/|[-_.]|$)")]
    private static partial Regex ArticleId();
}
