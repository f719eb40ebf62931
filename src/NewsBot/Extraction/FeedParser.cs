using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NewsBot.Fetching;

namespace NewsBot.Extraction;

/// <summary>
/// Reads RSS (0.9x, 1.0, 1.1, 2.0), Atom (0.3, 1.0, entry documents) and JSON Feed (1.0, 1.1), recognised by the content
/// rather than the URL. The XML reader is hardened: DTDs are refused (XXE, billion laughs), nothing is resolved over the
/// network, and the size is capped. A document the strict read refuses gets a second, loose reading (<see cref="LooseXmlRead"/>),
/// and the parse result says what had to be repaired.
/// </summary>
public sealed partial class FeedParser
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
        // References to control characters (&#x08;) would otherwise refuse a whole feed for one pasted backspace; they
        // are removed before the read (ForbiddenCharacters), raw ones by the loose read, which the reader refuses anyway.
        CheckCharacters = false,
    };

    public ParsedFeed Parse(byte[] content, string? contentType, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var text = FeedDecoder.Decode(content, contentType);
        if (text.AsSpan().TrimStart().StartsWith("{")) return JsonFeedReader.Read(text, feedUrl);

        var repairs = new SortedSet<FeedRepair>();
        // XML's reader accepts references to control characters it would refuse raw; they must not reach a title.
        if (ForbiddenCharacters.WithoutReferences(text) is { } cleaned)
        {
            text = cleaned;
            repairs.Add(FeedRepair.ControlCharacters);
        }

        var root = Load(HtmlEntities.ToNumericReferences(text), repairs);
        var feed = (root.Name.LocalName, root.Name.NamespaceName) switch
        {
            ("rss", _) => RssFeedReader.Read(root, feedUrl),
            ("RDF", _) => RssFeedReader.Read(root, feedUrl),
            ("Channel", RssFeedReader.Rss11Namespace) => RssFeedReader.Read(root, feedUrl),
            ("CHANNEL", "") => CdfFeedReader.Read(root, feedUrl),
            // Drafts of Atom 1.0 (and "Echo" before them) used namespaces of their own; their entries have the same shape,
            // and a version attribute marks an Atom 0.x feed whatever namespace it claims.
            ("feed", var ns) when IsAtom(root, ns) => AtomFeedReader.Read(root, feedUrl),
            // An Atom entry document (RFC 4287 section 2): one entry on its own, read as a feed of one.
            ("entry", var ns) when IsAtom(root, ns) => AtomFeedReader.ReadEntryDocument(root, feedUrl),
            ("html", _) => throw new FeedFormatException(FetchProblemKind.NotAFeed, $"The document is an HTML page, not a feed; {Hint}"),
            var (name, _) => throw new FeedFormatException(FetchProblemKind.NotAFeed, $"The document's root element is <{name}>, not <rss>, <rdf:RDF> or <feed>; {Hint}"),
        };
        return repairs.Count == 0 ? feed : feed with { Repairs = [.. repairs] };
    }

    private static bool IsAtom(XElement root, string ns) =>
        ns.Contains("atom", StringComparison.OrdinalIgnoreCase) || ns.Contains("echo", StringComparison.OrdinalIgnoreCase)
        || ns.Length == 0 || root.Attribute("version") is not null;

    private static XElement Load(string text, ICollection<FeedRepair> repairs)
    {
        try
        {
            return LoadStrict(text);
        }
        catch (XmlException ex) when (InternalSubset().IsMatch(text))
        {
            // Entities are declared in a DTD's internal subset; with the DTD ignored they are undeclared, and mending
            // them would mean guessing at what a possibly hostile document declared. Refused, nothing expanded.
            throw new FeedFormatException(
                $"The feed contains a DTD (<!DOCTYPE ...>, line {ex.LineNumber}), which NewsBot refuses for safety (XXE and entity expansion attacks).", ex);
        }
        catch (XmlException ex)
        {
            return LooseXmlRead.TryLoad(text, LoadStrict, repairs) ?? throw new FeedFormatException(
                $"The feed is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message.TrimEnd('.')}; {Hint}", ex);
        }
    }

    private static XElement LoadStrict(string text)
    {
        // Whitespace before the XML declaration is a fatal error for XmlReader, and some PHP sites emit it.
        using var reader = XmlReader.Create(new StringReader(text.TrimStart()), Settings);
        return XDocument.Load(reader).Root ?? throw new FeedFormatException($"The document is empty; {Hint}");
    }

    /// <summary>A DOCTYPE with an internal subset, where entity declarations (XXE, billion laughs) live.</summary>
    [GeneratedRegex(@"<!DOCTYPE[^>\[]*\[", RegexOptions.IgnoreCase)]
    private static partial Regex InternalSubset();
}
