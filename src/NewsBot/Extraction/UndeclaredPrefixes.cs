using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// Feeds written by templates often use atom:link, content:encoded, media:content or itunes:author without declaring
/// the prefix, which XML's namespaces forbid. Such a prefix is bound, on the root element, to the namespace everyone
/// means by it; a prefix nobody knows gets a namespace of its own, so its elements are read (and ignored) rather than
/// refusing the feed. A declaration further down still wins inside its element, as XML's scoping has it.
/// </summary>
internal static partial class UndeclaredPrefixes
{
    private static readonly Dictionary<string, string> Usual = new(StringComparer.Ordinal)
    {
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["atom10"] = "http://www.w3.org/2005/Atom",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["googleplay"] = "http://www.google.com/schemas/play-podcasts/1.0",
        ["podcast"] = "https://podcastindex.org/namespace/1.0",
        ["georss"] = "http://www.georss.org/georss",
        ["geo"] = "http://www.w3.org/2003/01/geo/wgs84_pos#",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["thr"] = "http://purl.org/syndication/thread/1.0",
        ["feedburner"] = "http://rssnamespace.org/feedburner/ext/1.0",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["xhtml"] = "http://www.w3.org/1999/xhtml",
        ["admin"] = "http://webns.net/mvcb/",
        ["creativeCommons"] = "http://backend.userland.com/creativeCommonsRssModule",
        ["cc"] = "http://web.resource.org/cc/",
        ["opensearch"] = "http://a9.com/-/spec/opensearch/1.1/",
        ["app"] = "http://www.w3.org/2007/app",
    };

    /// <summary>The text with every prefix used but not declared on the root element declared there, or the same text.</summary>
    public static string Bind(string text)
    {
        if (RootStart(text) is not { } root) return text;
        var declared = Declared().Matches(root.Value).Select(m => m.Groups["prefix"].Value).ToHashSet(StringComparer.Ordinal);
        var missing = ElementPrefix().Matches(text).Select(m => m.Groups["prefix"].Value)
            .Concat(AttributePrefix().Matches(text).Select(m => m.Groups["prefix"].Value))
            .Where(prefix => prefix is not ("xml" or "xmlns") && !declared.Contains(prefix))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0) return text;

        var declarations = new StringBuilder();
        foreach (var prefix in missing)
            declarations.Append(" xmlns:").Append(prefix).Append("=\"").Append(Usual.GetValueOrDefault(prefix, "urn:x-undeclared-prefix:" + prefix)).Append('"');
        var afterName = root.Groups["name"].Index + root.Groups["name"].Length;
        return text.Insert(afterName, declarations.ToString());
    }

    /// <summary>The start tag of the root element: the first tag after the declaration, comments and processing instructions.</summary>
    private static Match? RootStart(string text)
    {
        var position = 0;
        while (true)
        {
            var open = text.IndexOf('<', position);
            if (open < 0 || open + 1 >= text.Length) return null;
            var skipTo = text[open + 1] switch
            {
                '?' => text.IndexOf("?>", open, StringComparison.Ordinal),
                '!' when text.AsSpan(open).StartsWith("<!--") => text.IndexOf("-->", open, StringComparison.Ordinal),
                '!' => text.IndexOf('>', open),
                _ => -2,
            };
            if (skipTo == -2)
            {
                var tag = StartTag().Match(text, open);
                return tag.Success && tag.Index == open ? tag : null;
            }

            if (skipTo < 0) return null;
            position = skipTo + 1;
        }
    }

    [GeneratedRegex(@"\G<(?<name>[A-Za-z_][\w:.-]*)[^>]*>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"\sxmlns:(?<prefix>[A-Za-z_][\w.-]*)\s*=")]
    private static partial Regex Declared();

    [GeneratedRegex(@"</?(?<prefix>[A-Za-z_][\w.-]*):[A-Za-z_]")]
    private static partial Regex ElementPrefix();

    [GeneratedRegex(@"\s(?<prefix>[A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=\s*[""']")]
    private static partial Regex AttributePrefix();
}
