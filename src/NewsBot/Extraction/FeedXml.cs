using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NewsBot.Extraction;

/// <summary>Small pieces shared by the RSS and Atom readers: namespaces, links, titles, images.</summary>
internal static partial class FeedXml
{
    public const int MaxTitleLength = 500;

    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

    /// <summary>The base for relative links inside <paramref name="element"/>: the feed URL refined by every xml:base on the way down.</summary>
    public static Uri BaseOf(XElement element, Uri feedUrl)
    {
        var result = feedUrl;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            var xmlBase = (string?)ancestor.Attribute(XNamespace.Xml + "base");
            if (!string.IsNullOrWhiteSpace(xmlBase) && Uri.TryCreate(result, xmlBase.Trim(), out var refined)) result = refined;
        }

        return result;
    }

    /// <summary>An absolute http(s) link, or null for anything unusable (javascript:, mailto:, garbage).</summary>
    public static Uri? Resolve(string? link, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        return Uri.TryCreate(baseUri, link.Trim(), out var absolute) && absolute.Scheme is "http" or "https" ? absolute : null;
    }

    /// <summary>Titles arrive as text, escaped HTML or double-escaped HTML; the result is one clean line.</summary>
    public static string CleanTitle(string? raw)
    {
        var text = HtmlToText.Convert(raw);
        // Double-escaped feeds ("&amp;quot;") leave entities behind after one round.
        if (text.Contains('&', StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        // A control character can still arrive escaped inside escaped HTML or in JSON ("\u0008"); a title never shows one.
        text = ForbiddenCharacters.WithoutRaw(text) ?? text;
        text = Whitespace().Replace(text, " ").Trim();
        if (text.Length <= MaxTitleLength) return text;
        var cut = text.LastIndexOf(' ', MaxTitleLength - 1);
        return string.Concat(text.AsSpan(0, cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1), "…");
    }

    public static bool LooksLikeImage(string? type, string? url, string? medium = null)
    {
        if (type is not null) return type.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        if (medium is not null) return medium.Equals("image", StringComparison.OrdinalIgnoreCase);
        if (url is null) return false;
        var path = url.Split('?', '#')[0];
        return ImageExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Many Indonesian feeds put the lead photo only as an &lt;img&gt; at the top of the description.</summary>
    public static string? FirstImgSrc(string? html)
    {
        if (string.IsNullOrEmpty(html)) return null;
        var match = ImgSrc().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["src"].Value) : null;
    }

    /// <summary>A short plain-text value (author, label), or null when there is nothing in it.</summary>
    public static string? Text(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : Whitespace().Replace(HtmlToText.Convert(raw), " ").Trim() is { Length: > 0 } text ? text : null;

    public static IReadOnlyList<string> Distinct(IEnumerable<string?> values) =>
        values.Select(v => v is null ? "" : Whitespace().Replace(WebUtility.HtmlDecode(v), " ").Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("""<img\b[^>]*?\bsrc\s*=\s*["'](?<src>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ImgSrc();
}
