using System.Net;
using System.Xml.Linq;

namespace NewsBot.Extraction;

/// <summary>Atom 1.0 (RFC 4287), with links resolved against xml:base as the spec asks.</summary>
internal static class AtomFeedReader
{
    private static readonly XNamespace A = FeedXml.Atom;

    public static ParsedFeed Read(XElement feed, Uri feedUrl)
    {
        var title = feed.Element(A + "title");
        return new ParsedFeed(
            title is null ? null : FeedXml.CleanTitle(TextConstruct(title)),
            AlternateLink(feed, feedUrl),
            feed.Elements(A + "entry").Select(entry => ReadEntry(entry, feedUrl)).ToList());
    }

    private static FeedItem ReadEntry(XElement entry, Uri feedUrl)
    {
        var content = entry.Element(A + "content") is { } c && c.Attribute("src") is null ? HtmlOf(c) : null;
        var summary = entry.Element(A + "summary") is { } s ? HtmlOf(s) : null;
        var categories = entry.Elements(A + "category")
            .Select(cat => (string?)cat.Attribute("label") ?? (string?)cat.Attribute("term"))
            .Concat(entry.Elements(FeedXml.Dc + "subject").Select(subject => subject.Value));
        var id = entry.Element(A + "id")?.Value.Trim();

        return new FeedItem(
            string.IsNullOrEmpty(id) ? null : id,
            AlternateLink(entry, feedUrl),
            entry.Element(A + "title") is { } title ? FeedXml.CleanTitle(TextConstruct(title)) : "",
            FeedDate.Parse(entry.Element(A + "published")?.Value) ?? FeedDate.Parse(entry.Element(A + "updated")?.Value),
            FeedXml.Distinct(categories),
            string.IsNullOrWhiteSpace(content) ? null : content,
            string.IsNullOrWhiteSpace(summary) ? null : summary,
            ImageOf(entry, feedUrl, content ?? summary));
    }

    private static Uri? AlternateLink(XElement parent, Uri feedUrl)
    {
        var links = parent.Elements(A + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault(l => (string?)l.Attribute("rel") is not ("self" or "enclosure" or "edit"));
        return link is null ? null : FeedXml.Resolve((string?)link.Attribute("href"), FeedXml.BaseOf(link, feedUrl));
    }

    private static Uri? ImageOf(XElement entry, Uri feedUrl, string? html)
    {
        var enclosure = entry.Elements(A + "link").FirstOrDefault(l =>
            (string?)l.Attribute("rel") == "enclosure" && FeedXml.LooksLikeImage((string?)l.Attribute("type"), (string?)l.Attribute("href")));
        if (enclosure is not null) return FeedXml.Resolve((string?)enclosure.Attribute("href"), FeedXml.BaseOf(enclosure, feedUrl));

        var media = entry.Descendants(FeedXml.Media + "content")
            .FirstOrDefault(e => FeedXml.LooksLikeImage((string?)e.Attribute("type"), (string?)e.Attribute("url"), (string?)e.Attribute("medium")))
            ?? entry.Descendants(FeedXml.Media + "thumbnail").FirstOrDefault();
        var baseUri = FeedXml.BaseOf(entry, feedUrl);
        return FeedXml.Resolve((string?)media?.Attribute("url"), baseUri) ?? FeedXml.Resolve(FeedXml.FirstImgSrc(html), baseUri);
    }

    /// <summary>Content or summary as HTML whatever its declared type, so callers handle one kind of value.</summary>
    private static string HtmlOf(XElement element) => (string?)element.Attribute("type") switch
    {
        "xhtml" => XhtmlInner(element),
        "html" or "text/html" => element.Value.Trim(),
        _ => WebUtility.HtmlEncode(element.Value.Trim()),
    };

    private static string TextConstruct(XElement element) =>
        (string?)element.Attribute("type") == "xhtml" ? XhtmlInner(element) : element.Value;

    private static string XhtmlInner(XElement element)
    {
        var div = element.Elements().FirstOrDefault() ?? element;
        return string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim();
    }
}
