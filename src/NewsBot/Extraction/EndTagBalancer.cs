using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// Rewrites the end tags of a feed so that they match its start tags, the way lenient feed readers read them: an end
/// tag for an element further up closes the ones left open inside it (an unclosed &lt;br&gt; in a description); a
/// mistyped end tag (&lt;language&gt;en&lt;/langauge&gt;) closes the open element; a stray one (&lt;/p&gt; whose start
/// was lost) is dropped; a "&lt;" that starts no tag is text; and what is still open at the end is closed, except a
/// last item cut off by a truncated download, which is dropped rather than half read. Start tags, comments, CDATA and
/// processing instructions are copied as they are, so a start tag that is itself broken still fails the reader.
/// </summary>
internal static partial class EndTagBalancer
{
    /// <summary>How far up the open elements an end tag is looked for; deeper nesting is not how feeds go wrong.</summary>
    private const int SearchDepth = 64;

    /// <summary>
    /// Feeds nest a dozen levels at most; thousands of open elements are an attack or garbage, and reading them costs
    /// time that grows with the square of the depth, so such a document is left as it is (and refused).
    /// </summary>
    private const int MaxDepth = 1000;

    public static string Balance(string text, ICollection<FeedRepair> repairs)
    {
        var found = new HashSet<FeedRepair>();
        var output = new StringBuilder(text.Length + 64);
        var open = new List<(string Name, int OutputStart)>();
        var last = default(Lookahead);
        var position = 0;
        while (position < text.Length)
        {
            var lt = text.IndexOf('<', position);
            if (lt < 0)
            {
                output.Append(text, position, text.Length - position);
                break;
            }

            output.Append(text, position, lt - position);
            position = CopyMarkup(text, lt, output, open, found, ref last);
            if (open.Count > MaxDepth) return text;
        }

        if (open.Count > 0) CloseAtEnd(output, open, found);
        foreach (var repair in found) repairs.Add(repair);
        return output.ToString();
    }

    /// <summary>Copies (or rewrites) the markup starting at <paramref name="lt"/> and returns where the text goes on.</summary>
    private static int CopyMarkup(
        string text, int lt, StringBuilder output, List<(string Name, int OutputStart)> open, ICollection<FeedRepair> repairs, ref Lookahead last)
    {
        var rest = text.AsSpan(lt);
        if (rest.StartsWith("<!--")) return CopyThrough(text, lt, "-->", output, repairs);
        if (rest.StartsWith("<![CDATA[")) return CopyThrough(text, lt, "]]>", output, repairs);
        if (rest.StartsWith("<?")) return CopyThrough(text, lt, "?>", output, repairs);
        if (rest.StartsWith("<!")) return CopyThrough(text, lt, ">", output, repairs);

        // A tag ends before the next "<" (attribute values cannot hold one), so the match is tried on that window only:
        // tried on the rest of the text, a failed match would scan all of it, once per tag.
        var window = TagWindow(text, lt);
        var end = EndTag().Match(text, lt, window);
        if (end.Success)
        {
            Close(end.Groups["name"].Value, text, end.Index + end.Length, output, open, repairs, ref last);
            return end.Index + end.Length;
        }

        var start = StartTag().Match(text, lt, window);
        if (start.Success)
        {
            if (start.Groups["empty"].Length == 0) open.Add((start.Groups["name"].Value, output.Length));
            output.Append(start.Value);
            return start.Index + start.Length;
        }

        if (LooksLikeTag(text, lt))
        {
            // Looks like a tag but is not one XML can read (an unquoted attribute): left as it is for the reader to refuse.
            output.Append('<');
            return lt + 1;
        }

        repairs.Add(FeedRepair.StrayLessThan);
        output.Append("&lt;");
        return lt + 1;
    }

    /// <summary>A name after the "&lt;" and a "&gt;" before any other "&lt;": a tag, if not one XML accepts.</summary>
    private static bool LooksLikeTag(string text, int lt)
    {
        if (lt + 1 >= text.Length || !(char.IsLetter(text[lt + 1]) || text[lt + 1] is '_' or '/')) return false;
        var close = text.IndexOf('>', lt + 1);
        var nextOpen = text.IndexOf('<', lt + 1);
        return close >= 0 && (nextOpen < 0 || close < nextOpen);
    }

    private static int CopyThrough(string text, int start, string terminator, StringBuilder output, ICollection<FeedRepair> repairs)
    {
        var end = text.IndexOf(terminator, start, StringComparison.Ordinal);
        var stop = end < 0 ? text.Length : end + terminator.Length;
        output.Append(text, start, stop - start);
        // A CDATA section or comment cut off by the end of the document is closed, so the items before it are still read.
        if (end < 0 && terminator != ">")
        {
            output.Append(terminator);
            repairs.Add(FeedRepair.UnclosedElements);
        }

        return stop;
    }

    private static void Close(
        string name, string text, int after, StringBuilder output, List<(string Name, int OutputStart)> open, ICollection<FeedRepair> repairs, ref Lookahead last)
    {
        if (open.Count > 0 && open[^1].Name == name)
        {
            open.RemoveAt(open.Count - 1);
            output.Append("</").Append(name).Append('>');
            return;
        }

        repairs.Add(FeedRepair.MismatchedEndTags);
        var depth = open.FindLastIndex(open.Count - 1, Math.Min(open.Count, SearchDepth), e => e.Name == name);
        if (depth >= 0)
        {
            // The elements opened inside it were never closed: close them here.
            while (open.Count > depth)
            {
                output.Append("</").Append(open[^1].Name).Append('>');
                open.RemoveAt(open.Count - 1);
            }

            return;
        }

        // Not open anywhere: either a typo for the open element's name, or a stray end tag inside text. When the next
        // end tag closes the open element, this one was stray and is dropped; otherwise it is read as closing it.
        if (open.Count == 0 || NextEndTagCloses(text, after, name, open[^1].Name, ref last)) return;
        output.Append("</").Append(open[^1].Name).Append('>');
        open.RemoveAt(open.Count - 1);
    }

    /// <summary>
    /// Whether the next end tag, past further ones of the same stray name (a run of "&lt;/b&gt;" left by an editor),
    /// closes the open element <paramref name="name"/>. The answer holds for the rest of such a run, so it is kept, and
    /// a long run costs one look ahead rather than one per tag.
    /// </summary>
    private static bool NextEndTagCloses(string text, int from, string stray, string name, ref Lookahead last)
    {
        if (from <= last.ValidUntil && last.Stray == stray && last.Name == name) return last.Closes;
        while (true)
        {
            var at = text.IndexOf("</", from, StringComparison.Ordinal);
            if (at < 0)
            {
                last = new Lookahead(stray, name, text.Length, false);
                return false;
            }

            var next = EndTag().Match(text, at, TagWindow(text, at));
            if (!next.Success || next.Groups["name"].Value != stray)
            {
                last = new Lookahead(stray, name, at, next.Success && next.Groups["name"].Value == name);
                return last.Closes;
            }

            from = next.Index + next.Length;
        }
    }

    /// <summary>The last look ahead: for a stray end tag before <see cref="ValidUntil"/>, whether the next other one closes the open element.</summary>
    private record struct Lookahead(string? Stray, string? Name, int ValidUntil, bool Closes);

    private static void CloseAtEnd(StringBuilder output, List<(string Name, int OutputStart)> open, ICollection<FeedRepair> repairs)
    {
        repairs.Add(FeedRepair.UnclosedElements);
        var item = open.FindIndex(e => LocalName(e.Name) is "item" or "entry" or "ITEM");
        if (item >= 0)
        {
            output.Length = open[item].OutputStart;
            open.RemoveRange(item, open.Count - item);
        }

        for (var i = open.Count - 1; i >= 0; i--) output.Append("</").Append(open[i].Name).Append('>');
    }

    private static int TagWindow(string text, int lt)
    {
        var nextOpen = text.IndexOf('<', lt + 1);
        return (nextOpen < 0 ? text.Length : nextOpen) - lt;
    }

    private static string LocalName(string name) => name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];

    [GeneratedRegex(@"\G</(?<name>[A-Za-z_][\w:.-]*)\s*>")]
    private static partial Regex EndTag();

    [GeneratedRegex(@"\G<(?<name>[A-Za-z_][\w:.-]*)(?:\s+[^\s=/<>""']+\s*=\s*(?:""[^""<]*""|'[^'<]*'))*\s*(?<empty>/?)>")]
    private static partial Regex StartTag();
}
