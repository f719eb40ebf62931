using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Extraction;

/// <summary>
/// The second reading of a feed the strict read refused, in the spirit of feedparser's loose mode and gofeed: the
/// slips the web makes are mended one kind at a time, cheapest and surest first, and the document is read again after
/// each, so a feed is changed no more than it needs. The mended text goes through the same hardened reader (no DTD, no
/// entity expansion), so nothing here can make a hostile document more dangerous.
/// </summary>
internal static class LooseXmlRead
{
    private static readonly Func<string, ICollection<FeedRepair>, string>[] Steps =
    [
        (text, repairs) => ForbiddenCharacters.WithoutRaw(text) is { } cleaned ? Noted(cleaned, FeedRepair.ControlCharacters, repairs) : text,
        (text, repairs) => UndeclaredPrefixes.Bind(text) is var bound && !ReferenceEquals(bound, text) ? Noted(bound, FeedRepair.UndeclaredPrefixes, repairs) : text,
        XmlRepair.Repair,
        EndTagBalancer.Balance,
    ];

    /// <summary>The root element read after repairs, or null when they do not make the document readable.</summary>
    public static XElement? TryLoad(string text, Func<string, XElement> strictLoad, ICollection<FeedRepair> repairs)
    {
        var steps = new HashSet<FeedRepair>();
        var current = text;
        foreach (var step in Steps)
        {
            var next = step(current, steps);
            if (next == current) continue;
            current = next;
            try
            {
                var root = strictLoad(current);
                foreach (var repair in steps) repairs.Add(repair);
                return root;
            }
            catch (XmlException)
            {
                // Not yet readable: the next kind of repair may be the one it needs.
            }
        }

        return null;
    }

    private static string Noted(string text, FeedRepair repair, ICollection<FeedRepair> repairs)
    {
        repairs.Add(repair);
        return text;
    }
}
