using System.Xml.Linq;

namespace NewsBot.Extraction;

/// <summary>RSS 0.9x, 1.0 (RDF), 1.1 and 2.0: the same items under different namespaces and nesting.</summary>
internal static class RssFeedReader
{
    /// <summary>RSS 1.1's namespace; its root is the channel itself, with the items in an &lt;items&gt; list.</summary>
    public const string Rss11Namespace = "http://purl.org/net/rss1.1#";

    public static ParsedFeed Read(XElement root, Uri feedUrl)
    {
        // RSS 2.0 has no namespace; RSS 0.90 and 1.0 put channel and item in their own, with items beside the channel.
        var channel = root.Name.NamespaceName == Rss11Namespace ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var ns = channel?.Name.Namespace ?? XNamespace.None;
        var items = (channel?.Elements(ns + "item") ?? []).Concat(root.Elements(ns + "item"))
            .Concat(channel?.Elements(ns + "items").Elements(ns + "item") ?? []);

        var channelBase = channel is null ? feedUrl : FeedXml.BaseOf(channel, feedUrl);
        var title = channel?.Element(ns + "title")?.Value ?? channel?.Element(FeedXml.Dc + "title")?.Value;
        return new ParsedFeed(
            string.IsNullOrWhiteSpace(title) ? null : FeedXml.CleanTitle(title),
            FeedXml.Resolve(channel?.Element(ns + "link")?.Value, channelBase),
            items.Select(item => ReadItem(item, ns, feedUrl)).ToList());
    }

    private static FeedItem ReadItem(XElement item, XNamespace ns, Uri feedUrl)
    {
        var baseUri = FeedXml.BaseOf(item, feedUrl);
        var guidElement = item.Element(ns + "guid");
        var guid = guidElement?.Value.Trim() is { Length: > 0 } g ? g : (string?)item.Attribute(FeedXml.Rdf + "about");

        // A permalink guid is the article's address when the item forgot its <link>.
        var link = FeedXml.Resolve(item.Element(ns + "link")?.Value, baseUri)
            ?? FeedXml.Resolve(item.Element(FeedXml.Atom + "link")?.Attribute("href")?.Value, baseUri);
        if (link is null && guidElement is not null && (string?)guidElement.Attribute("isPermaLink") != "false")
            link = FeedXml.Resolve(guid, baseUri);

        var content = item.Element(FeedXml.Content + "encoded")?.Value ?? item.Element(ns + "fullitem")?.Value ?? XhtmlBody(item, ns);
        var description = item.Element(ns + "description")?.Value ?? item.Element(FeedXml.Dc + "description")?.Value ?? Extension(item, Itunes, "summary")?.Value;
        var categories = item.Elements(ns + "category").Select(c => c.Value)
            .Concat(item.Elements(FeedXml.Dc + "subject").Select(c => c.Value))
            .Concat(item.Descendants().Where(e => IsIn(e, MediaRss) && e.Name.LocalName == "category").Select(c => c.Value))
            .Concat(item.Descendants().Where(e => IsIn(e, Itunes) && e.Name.LocalName == "category").Select(c => (string?)c.Attribute("text")));

        return new FeedItem(
            string.IsNullOrWhiteSpace(guid) ? null : guid.Trim(),
            link,
            FeedXml.CleanTitle(item.Element(ns + "title")?.Value ?? item.Element(FeedXml.Dc + "title")?.Value ?? item.Descendants(FeedXml.Media + "title").FirstOrDefault()?.Value),
            FeedDate.Parse(item.Element(ns + "pubDate")?.Value)
                ?? FeedDate.Parse(item.Element(FeedXml.Dc + "date")?.Value)
                ?? FeedDate.Parse(item.Element(DcTerms + "issued")?.Value)
                ?? FeedDate.Parse(item.Element(DcTerms + "created")?.Value)
                ?? FeedDate.Parse(item.Element(FeedXml.Atom + "updated")?.Value),
            FeedXml.Distinct(categories),
            string.IsNullOrWhiteSpace(content) ? null : content.Trim(),
            string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            ImageOf(item, ns, baseUri, content, description),
            FeedDate.Parse(item.Element(FeedXml.Atom + "updated")?.Value) ?? FeedDate.Parse(item.Element(FeedXml.Dc + "modified")?.Value)
                ?? FeedDate.Parse(item.Element(DcTerms + "modified")?.Value),
            FeedXml.Text(item.Element(FeedXml.Dc + "creator")?.Value ?? item.Element(FeedXml.Dc + "author")?.Value
                ?? item.Element(ns + "author")?.Value ?? Extension(item, Itunes, "author")?.Value));
    }

    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";

    /// <summary>Podcast and Media RSS namespaces are written with varying case and with or without a trailing slash.</summary>
    private const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    private const string MediaRss = "http://search.yahoo.com/mrss";

    private static bool IsIn(XElement element, string namespacePrefix) =>
        element.Name.NamespaceName.TrimEnd('/').Equals(namespacePrefix, StringComparison.OrdinalIgnoreCase);

    private static XElement? Extension(XElement item, string namespacePrefix, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && IsIn(e, namespacePrefix));

    /// <summary>Some hand-written feeds carry the article as XHTML in a body element instead of content:encoded.</summary>
    private static string? XhtmlBody(XElement item, XNamespace ns)
    {
        var body = item.Element(FeedXml.Xhtml + "body") ?? item.Element(ns + "body");
        return body is null ? null : string.Concat(body.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
    }

    private static Uri? ImageOf(XElement item, XNamespace ns, Uri baseUri, string? content, string? description)
    {
        var enclosure = item.Elements(ns + "enclosure")
            .FirstOrDefault(e => FeedXml.LooksLikeImage((string?)e.Attribute("type"), (string?)e.Attribute("url")));
        var media = item.Descendants(FeedXml.Media + "content")
            .FirstOrDefault(e => FeedXml.LooksLikeImage((string?)e.Attribute("type"), (string?)e.Attribute("url"), (string?)e.Attribute("medium")));
        var thumbnail = item.Descendants(FeedXml.Media + "thumbnail").FirstOrDefault();

        return FeedXml.Resolve((string?)enclosure?.Attribute("url"), baseUri)
            ?? FeedXml.Resolve((string?)media?.Attribute("url"), baseUri)
            ?? FeedXml.Resolve((string?)thumbnail?.Attribute("url"), baseUri)
            ?? FeedXml.Resolve(FeedXml.FirstImgSrc(content) ?? FeedXml.FirstImgSrc(description), baseUri);
    }
}
