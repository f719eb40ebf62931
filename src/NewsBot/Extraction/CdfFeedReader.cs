using System.Xml.Linq;

namespace NewsBot.Extraction;

/// <summary>
/// Microsoft's Channel Definition Format (1997): upper-case &lt;CHANNEL&gt; and &lt;ITEM&gt; with the link in an HREF
/// attribute, the summary in &lt;ABSTRACT&gt; and the date in a LASTMOD attribute. Some old CMS exports still write it.
/// </summary>
internal static class CdfFeedReader
{
    public static ParsedFeed Read(XElement channel, Uri feedUrl) => new(
        Child(channel, "TITLE") is { } title ? FeedXml.CleanTitle(title) : null,
        FeedXml.Resolve(Attribute(channel, "HREF"), FeedXml.BaseOf(channel, feedUrl)),
        channel.Elements().Where(e => Is(e, "ITEM")).Select(item => ReadItem(item, feedUrl)).ToList());

    private static FeedItem ReadItem(XElement item, Uri feedUrl)
    {
        var lastModified = FeedDate.Parse(Attribute(item, "LASTMOD"));
        var summary = Child(item, "ABSTRACT")?.Trim();
        return new FeedItem(
            null,
            FeedXml.Resolve(Attribute(item, "HREF"), FeedXml.BaseOf(item, feedUrl)),
            Child(item, "TITLE") is { } title ? FeedXml.CleanTitle(title) : "",
            lastModified,
            [],
            null,
            string.IsNullOrEmpty(summary) ? null : summary,
            null,
            lastModified);
    }

    /// <summary>CDF predates XML's case sensitivity in practice; writers vary the case of names.</summary>
    private static bool Is(XElement element, string name) => element.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static string? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => Is(e, name))?.Value;

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
}
