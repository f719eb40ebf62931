using System.Net;
using System.Text;
using System.Xml.Linq;

namespace NewsBot.Extraction;

/// <summary>
/// Atom 1.0 (RFC 4287) and its predecessor Atom 0.3, which differ in namespace, date element names (issued, modified)
/// and in how content says it is escaped (mode). Links are resolved against xml:base as the spec asks.
/// </summary>
internal static class AtomFeedReader
{
    public static ParsedFeed Read(XElement feed, Uri feedUrl)
    {
        var a = feed.Name.Namespace;
        var title = feed.Element(a + "title");
        return new ParsedFeed(
            title is null ? null : FeedXml.CleanTitle(TextConstruct(title)),
            AlternateLink(feed, a, feedUrl),
            feed.Elements(a + "entry").Select(entry => ReadEntry(entry, a, feedUrl)).ToList());
    }

    /// <summary>A document whose root is one entry: a feed of that entry, titled by its source if it names one.</summary>
    public static ParsedFeed ReadEntryDocument(XElement entry, Uri feedUrl)
    {
        var a = entry.Name.Namespace;
        var source = entry.Element(a + "source");
        var title = source?.Element(a + "title");
        return new ParsedFeed(
            title is null ? null : FeedXml.CleanTitle(TextConstruct(title)),
            source is null ? null : AlternateLink(source, a, feedUrl),
            [ReadEntry(entry, a, feedUrl)]);
    }

    private static FeedItem ReadEntry(XElement entry, XNamespace a, Uri feedUrl)
    {
        var content = entry.Element(a + "content") is { } c && c.Attribute("src") is null ? HtmlOf(c) : null;
        var summary = entry.Element(a + "summary") is { } s ? HtmlOf(s) : null;
        var categories = entry.Elements(a + "category")
            .Select(cat => (string?)cat.Attribute("term") ?? (string?)cat.Attribute("label"))
            .Concat(entry.Elements(FeedXml.Dc + "subject").Select(subject => subject.Value));
        var id = entry.Element(a + "id")?.Value.Trim();
        var updated = DateOf(entry, a, "updated", "modified");

        return new FeedItem(
            string.IsNullOrEmpty(id) ? null : id,
            AlternateLink(entry, a, feedUrl),
            entry.Element(a + "title") is { } title ? FeedXml.CleanTitle(TextConstruct(title)) : "",
            DateOf(entry, a, "published", "issued", "created") ?? updated ?? FeedDate.Parse(entry.Element(FeedXml.Dc + "date")?.Value),
            FeedXml.Distinct(categories),
            string.IsNullOrWhiteSpace(content) ? null : content,
            string.IsNullOrWhiteSpace(summary) ? null : summary,
            ImageOf(entry, a, feedUrl, content ?? summary),
            updated,
            AuthorOf(entry.Element(a + "author"), a) ?? FeedXml.Text(entry.Element(FeedXml.Dc + "creator")?.Value));
    }

    /// <summary>"Name (email)", the way RSS writes an author, so both formats give the same kind of value.</summary>
    private static string? AuthorOf(XElement? author, XNamespace a)
    {
        var name = FeedXml.Text(author?.Element(a + "name")?.Value);
        var email = FeedXml.Text(author?.Element(a + "email")?.Value);
        return name is null ? email : email is null ? name : $"{name} ({email})";
    }

    private static DateTime? DateOf(XElement entry, XNamespace a, params string[] names) =>
        names.Select(name => FeedDate.Parse(entry.Element(a + name)?.Value)).FirstOrDefault(d => d is not null);

    private static Uri? AlternateLink(XElement parent, XNamespace a, Uri feedUrl)
    {
        var links = parent.Elements(a + "link").Where(l => !string.IsNullOrWhiteSpace(HrefOf(l))).ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault(l => (string?)l.Attribute("rel") is not ("self" or "enclosure" or "edit"));
        return link is null ? null : FeedXml.Resolve(HrefOf(link), FeedXml.BaseOf(link, feedUrl));
    }

    /// <summary>The href, or for a link written RSS-style with its address as text (&lt;link&gt;https://...&lt;/link&gt;), that text.</summary>
    private static string? HrefOf(XElement link) => (string?)link.Attribute("href") ?? (link.HasElements ? null : link.Value.Trim());

    private static Uri? ImageOf(XElement entry, XNamespace a, Uri feedUrl, string? html)
    {
        var enclosure = entry.Elements(a + "link").FirstOrDefault(l =>
            (string?)l.Attribute("rel") == "enclosure" && FeedXml.LooksLikeImage((string?)l.Attribute("type"), (string?)l.Attribute("href")));
        if (enclosure is not null) return FeedXml.Resolve((string?)enclosure.Attribute("href"), FeedXml.BaseOf(enclosure, feedUrl));

        var media = entry.Descendants(FeedXml.Media + "content")
            .FirstOrDefault(e => FeedXml.LooksLikeImage((string?)e.Attribute("type"), (string?)e.Attribute("url"), (string?)e.Attribute("medium")))
            ?? entry.Descendants(FeedXml.Media + "thumbnail").FirstOrDefault();
        var baseUri = FeedXml.BaseOf(entry, feedUrl);
        return FeedXml.Resolve((string?)media?.Attribute("url"), baseUri) ?? FeedXml.Resolve(FeedXml.FirstImgSrc(html), baseUri);
    }

    /// <summary>Content or summary as HTML whatever its declared type, so callers handle one kind of value.</summary>
    private static string HtmlOf(XElement element)
    {
        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        switch ((string?)element.Attribute("mode"))
        {
            // Atom 0.3: "escaped" holds markup as text, "base64" holds bytes, "xml" (the default) holds elements.
            case "escaped":
                return type is "text/plain" ? WebUtility.HtmlEncode(element.Value.Trim()) : element.Value.Trim();
            case "base64":
                var decoded = (Base64(element.Value) ?? element.Value).Trim();
                return type is "text/plain" ? WebUtility.HtmlEncode(decoded) : decoded;
        }

        return type switch
        {
            _ when IsBase64Type(type) && Base64(element.Value) is { } bytesAsText => bytesAsText.Trim(),
            "xhtml" or "application/xhtml+xml" => XhtmlInner(element),
            "html" or "text/html" => element.Value.Trim(),
            _ when element.HasElements => XhtmlInner(element),
            _ => WebUtility.HtmlEncode(element.Value.Trim()),
        };
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text the base64 stands for, or null when it is not base64 of readable text. A type attribute alone is weak
    /// evidence (feeds write type="application/x-custom" around plain words, and "test" is valid base64), so the bytes
    /// must also be valid UTF-8 without control characters.
    /// </summary>
    private static string? Base64(string value)
    {
        try
        {
            var text = StrictUtf8.GetString(Convert.FromBase64String(value.Trim()));
            return ForbiddenCharacters.WithoutRaw(text) is null ? text : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string TextConstruct(XElement element) =>
        (string?)element.Attribute("type") is "xhtml" or "application/xhtml+xml" ? XhtmlInner(element)
        : (string?)element.Attribute("mode") == "base64" || IsBase64Type(((string?)element.Attribute("type"))?.Trim().ToLowerInvariant()) ? Base64(element.Value) ?? element.Value
        : element.Value;

    /// <summary>RFC 4287 4.1.3.3: a media type that is neither XML nor text/* means the element holds base64.</summary>
    private static bool IsBase64Type(string? type) =>
        type is not null && type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static string XhtmlInner(XElement element)
    {
        var div = element.Elements().FirstOrDefault(e => e.Name.LocalName == "div" && element.Elements().Count() == 1) ?? element;
        return string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim();
    }
}
