using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Extraction;

/// <summary>
/// Reads RSS (0.9x, 1.0, 2.0) and Atom 1.0, recognised by the root element rather than the URL. The XML reader is
/// hardened: DTDs are refused (XXE, billion laughs), nothing is resolved over the network, and the size is capped.
/// </summary>
public sealed class FeedParser
{
    public const long MaxCharactersInDocument = 20_000_000;

    private const string Hint = "check the URL points at an RSS or Atom feed.";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Stray control characters are common in CMS output and would otherwise reject a whole feed for one byte.
        CheckCharacters = false,
    };

    public ParsedFeed Parse(byte[] content, string? contentType, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var root = Load(FeedDecoder.Decode(content, contentType));

        return (root.Name.LocalName, root.Name.NamespaceName) switch
        {
            ("rss", _) => RssFeedReader.Read(root, feedUrl),
            ("RDF", _) => RssFeedReader.Read(root, feedUrl),
            ("feed", var ns) when ns == FeedXml.Atom.NamespaceName || ns.Length == 0 => AtomFeedReader.Read(root, feedUrl),
            ("html", _) => throw new FeedFormatException($"The document is an HTML page, not a feed; {Hint}"),
            var (name, _) => throw new FeedFormatException($"The document's root element is <{name}>, not <rss>, <rdf:RDF> or <feed>; {Hint}"),
        };
    }

    private static XElement Load(string text)
    {
        // Whitespace before the XML declaration is a fatal error for XmlReader, and some PHP sites emit it.
        using var reader = XmlReader.Create(new StringReader(text.TrimStart()), Settings);
        try
        {
            return XDocument.Load(reader).Root ?? throw new FeedFormatException($"The document is empty; {Hint}");
        }
        catch (XmlException ex) when (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedFormatException(
                $"The feed contains a DTD (<!DOCTYPE ...>, line {ex.LineNumber}), which NewsBot refuses for safety (XXE and entity expansion attacks).", ex);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException(
                $"The feed is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message.TrimEnd('.')}; {Hint}", ex);
        }
    }
}
