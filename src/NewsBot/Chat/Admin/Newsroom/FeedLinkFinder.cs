using AngleSharp.Html.Parser;
using NewsBot.Extraction;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// Finds the feed a web page advertises in its head (&lt;link rel="alternate" type="application/rss+xml" href=...&gt;),
/// so an admin may paste a news site's home page instead of hunting for its feed address.
/// </summary>
public static class FeedLinkFinder
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json"];

    /// <summary>The first advertised feed as an absolute http(s) address, or null (not HTML, or no feed advertised).</summary>
    public static Uri? Find(byte[] page, Uri pageUrl)
    {
        var html = FeedDecoder.Decode(page, "text/html");
        if (!html.Contains("<link", StringComparison.OrdinalIgnoreCase)) return null;

        var document = new HtmlParser().ParseDocument(html);
        var href = document.QuerySelectorAll("link[href]")
            .Where(link => (link.GetAttribute("rel") ?? "").Split(' ').Contains("alternate", StringComparer.OrdinalIgnoreCase))
            .Where(link => FeedTypes.Contains((link.GetAttribute("type") ?? "").Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(link => link.GetAttribute("href"))
            .FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
        return href is not null && Uri.TryCreate(pageUrl, href.Trim(), out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }
}
