namespace NewsBot.Extraction;

/// <summary>
/// A page whose &lt;title&gt; is never closed: HTML reads a title as raw text up to &lt;/title&gt;, so the parser takes
/// the whole rest of the page for the title and finds no body at all. Such pages exist (seen on old news sites); their
/// article is intact after the slip. The title is closed where the next tag begins.
/// </summary>
internal static class UnclosedTitle
{
    public static string Close(string html)
    {
        var open = FindTitleTag(html);
        if (open < 0) return html;
        var content = html.IndexOf('>', open);
        if (content < 0 || html.IndexOf("</title", content, StringComparison.OrdinalIgnoreCase) >= 0) return html;
        var next = html.IndexOf('<', content + 1);
        return next < 0 ? html : string.Concat(html.AsSpan(0, next), "</title>", html.AsSpan(next));
    }

    /// <summary>The first "&lt;title" that is the title tag itself, not "&lt;titlebar" or the like.</summary>
    private static int FindTitleTag(string html)
    {
        for (var at = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = html.IndexOf("<title", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + "<title".Length;
            if (after < html.Length && (html[after] == '>' || char.IsWhiteSpace(html[after]))) return at;
        }

        return -1;
    }
}
