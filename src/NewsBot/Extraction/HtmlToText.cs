using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Extraction;

/// <summary>Turns an HTML fragment into the plain text a chat message can carry: paragraphs kept, markup and scripts gone.</summary>
public static partial class HtmlToText
{
    /// <summary>
    /// Never shown as text. &lt;object&gt; is not here: what it holds is the fallback a reader without the plug-in sees,
    /// and its &lt;param&gt; children carry no text. Nor is &lt;form&gt;: ASP.NET pages hold their whole article in
    /// one, and its controls are dropped one by one.
    /// </summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "embed", "svg", "canvas", "button",
        "select", "textarea", "input", "nav", "figcaption", "head", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure", "table",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "hr", "address", "center", "details", "summary",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "li", "tr", "dt", "dd", "caption" };

    public static string Convert(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";

        // Plain text is common in feeds (titles, excerpts); skip the parser when there is nothing to parse.
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
            return Convert(new PlainTextBuilder(), html);

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + ExpandSelfClosing(html) + "</body></html>");
        return document.Body is null ? "" : Convert(document.Body);
    }

    /// <summary>
    /// Feed content is often XHTML: an HTML parser reads "&lt;iframe/&gt; text" as an iframe that swallows the text, so
    /// self-closed elements other than the void ones are closed explicitly first.
    /// </summary>
    private static string ExpandSelfClosing(string html) =>
        !html.Contains("/>", StringComparison.Ordinal) ? html
        : SelfClosing().Replace(html, m => VoidElements.Contains(m.Groups[1].Value) ? m.Value : $"<{m.Groups[1].Value}{m.Groups[2].Value}></{m.Groups[1].Value}>");

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    [GeneratedRegex(@"<([A-Za-z][\w:-]*)(\s[^<>]*?)?\s*/>")]
    private static partial Regex SelfClosing();

    /// <summary>Text of an already parsed node, so extractors do not serialise and re-parse.</summary>
    internal static string Convert(INode node)
    {
        var writer = new PlainTextBuilder();
        Walk(node, writer);
        return writer.ToString();
    }

    private static string Convert(PlainTextBuilder writer, string text)
    {
        writer.Text(text);
        return writer.ToString();
    }

    /// <summary>
    /// Custom elements (&lt;article-body&gt;, &lt;x-text&gt;) hold sections and paragraphs of sites built from web
    /// components; their names always have a hyphen, and read as blocks, so their paragraphs do not run together.
    /// </summary>
    private static bool IsCustomElement(IElement element) => element.LocalName.Contains('-', StringComparison.Ordinal);

    private static void Walk(INode node, PlainTextBuilder writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Text(text.Data);
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName == "br":
                    writer.LineBreak();
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    writer.Space();
                    Walk(element, writer);
                    writer.Space();
                    break;
                case IElement element:
                    var breaks = Blocks.Contains(element.LocalName) || IsCustomElement(element) ? 2 : Lines.Contains(element.LocalName) ? 1 : 0;
                    writer.Break(breaks);
                    Walk(element, writer);
                    writer.Break(breaks);
                    break;
            }
        }
    }
}
