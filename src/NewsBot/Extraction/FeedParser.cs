using System.Xml;
using System.Xml.Linq;
using NewsBot.Fetching;

namespace NewsBot.Extraction;

/// <summary>
/// Reads RSS (0.9x, 1.0, 2.0), Atom (0.3, 1.0) and JSON Feed (1.0, 1.1), recognised by the content rather than the URL. The XML reader is
/// hardened: DTDs are refused (XXE, billion laughs), nothing is resolved over the network, and the size is capped.
/// </summary>
public sealed class FeedParser
{
    public const long MaxCharactersInDocument = 20_000_000;

    private const string Hint = "check the URL points at an RSS, Atom or JSON feed.";

    private static readonly XmlReaderSettings Settings = new()
    {
        // Ignore, not Prohibit: the DOCTYPE line of an RSS 0.91 feed is harmless, and the entities a hostile DTD would
        // declare (XXE, billion laughs) are then undeclared, so the document is refused without expanding anything.
        DtdProcessing = DtdProcessing.Ignore,
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
        var text = FeedDecoder.Decode(content, contentType);
        if (text.AsSpan().TrimStart().StartsWith("{")) return JsonFeedReader.Read(text, feedUrl);
        var root = Load(HtmlEntities.ToNumericReferences(text));

        return (root.Name.LocalName, root.Name.NamespaceName) switch
        {
            ("rss", _) => RssFeedReader.Read(root, feedUrl),
            ("RDF", _) => RssFeedReader.Read(root, feedUrl),
            ("CHANNEL", "") => CdfFeedReader.Read(root, feedUrl),
            // Drafts of Atom 1.0 (and "Echo" before them) used namespaces of their own; their entries have the same shape,
            // and a version attribute marks an Atom 0.x feed whatever namespace it claims.
            ("feed", var ns) when ns.Contains("atom", StringComparison.OrdinalIgnoreCase) || ns.Contains("echo", StringComparison.OrdinalIgnoreCase)
                || ns.Length == 0 || root.Attribute("version") is not null => AtomFeedReader.Read(root, feedUrl),
            ("html", _) => throw new FeedFormatException(FetchProblemKind.NotAFeed, $"The document is an HTML page, not a feed; {Hint}"),
            var (name, _) => throw new FeedFormatException(FetchProblemKind.NotAFeed, $"The document's root element is <{name}>, not <rss>, <rdf:RDF> or <feed>; {Hint}"),
        };
    }

    private static XElement Load(string text)
    {
        try
        {
            return LoadStrict(text);
        }
        catch (XmlException ex) when (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedFormatException(
                $"The feed contains a DTD (<!DOCTYPE ...>, line {ex.LineNumber}), which NewsBot refuses for safety (XXE and entity expansion attacks).", ex);
        }
        catch (XmlException ex)
        {
            return LoadRepaired(text) ?? throw new FeedFormatException(
                $"The feed is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message.TrimEnd('.')}; {Hint}", ex);
        }
    }

    /// <summary>A second reading after the common slips are repaired, or null when that does not help either.</summary>
    private static XElement? LoadRepaired(string text)
    {
        if (XmlRepair.TryRepair(text) is not { } repaired) return null;
        try
        {
            return LoadStrict(repaired);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static XElement LoadStrict(string text)
    {
        // Whitespace before the XML declaration is a fatal error for XmlReader, and some PHP sites emit it.
        using var reader = XmlReader.Create(new StringReader(text.TrimStart()), Settings);
        return XDocument.Load(reader).Root ?? throw new FeedFormatException($"The document is empty; {Hint}");
    }
}
