using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Extraction;

/// <summary>
/// When an article page says it was published: its machine-readable dates checked against the date it shows beside
/// its headline. Dates written without a zone are read at <paramref name="defaultOffset"/> (WIB unless configured).
/// A date before <see cref="Earliest"/> or more than a day after now is a placeholder ("0001-01-01T00:00:00Z") or a
/// typo, not evidence, and is passed over.
/// </summary>
internal sealed partial class PageDateReader(TimeSpan defaultOffset, TimeProvider time)
{
    /// <summary>Before the web had news sites; no page of one was published earlier.</summary>
    private static readonly DateTime Earliest = new(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A day of slack for clocks and zones; a later date is a scheduled event or a wrong year.</summary>
    private static readonly TimeSpan FutureSlack = TimeSpan.FromDays(1);

    private bool Plausible(DateTime utc) => utc >= Earliest && utc <= time.GetUtcNow().UtcDateTime + FutureSlack;

    /// <summary>
    /// Machine-readable dates first (meta, microdata, JSON-LD, time elements), then the date the page shows next to its
    /// headline.
    /// </summary>
    public DateTime? PublishedOf(IDocument document, string? title)
    {
        var published = document.QuerySelector("[itemprop=datePublished]");
        var machine = MachineDate(ArticlePageExtractor.Meta(document, "article:published_time"))
            ?? MachineDate(published?.GetAttribute("content") ?? published?.GetAttribute("datetime"))
            ?? JsonLdDate().Matches(string.Concat(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent)))
                .Select(m => MachineDate(m.Groups["date"].Value)).FirstOrDefault(d => d is not null)
            ?? PublishMetaNames.Select(name => MachineDate(ArticlePageExtractor.Meta(document, name))).FirstOrDefault(d => d is not null)
            ?? document.QuerySelectorAll("time[datetime]").Select(t => MachineDate(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
        var shown = ShownDates(document, title);
        if (machine is not { } stated) return shown.Count > 0 ? shown[0].Utc : null;

        // Some Indonesian CMSs stamp their local clock with "Z". When the page shows that same clock time as local
        // time and nothing shows the UTC reading, the page is right and the "Z" is not.
        var local = stated.Utc - defaultOffset;
        if (stated.SaysUtc && !shown.Any(d => Near(d.Utc, stated.Utc)) && shown.Any(d => Near(d.Utc, local)))
            return local;
        return stated.Utc;
    }

    private static bool Near(DateTime a, DateTime b) => Math.Abs((a - b).TotalSeconds) < 60;

    /// <summary>Meta names CMSs use for the publication time besides Open Graph's.</summary>
    private static readonly string[] PublishMetaNames = ["pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "DC.date.issued"];

    private (DateTime Utc, bool SaysUtc)? MachineDate(string? text) => Date(text) is { } date
        ? (date, UtcSuffix().IsMatch(text!))
        : null;

    [GeneratedRegex(@"(?:Z|[+-]00:?00)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UtcSuffix();

    /// <summary>
    /// Dates written in the page's text, best first: the publication line sits next to the headline, while the site's
    /// "today" in the header and the dates of related articles sit further away. A date with a time of day beats a
    /// bare date a little further away, since headers show bare dates and datelines show the minute.
    /// </summary>
    private List<(DateTime Utc, int Score)> ShownDates(IDocument document, string? title)
    {
        if (document.Body is not { } body) return [];
        var lines = new List<(string Text, IElement Owner)>();
        // Each element's text is taken once: a page of many text nodes in one element must not cost their square.
        var wholeText = new Dictionary<IElement, string?>();
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || parent.LocalName is "script" or "style" or "noscript" or "template") continue;
            // A short element is read whole ("<span>23/02/2016</span> <b>16:00</b> WIB"); in a long one each text node alone.
            if (wholeText.TryGetValue(parent, out var seen))
            {
                if (seen is not null) continue;
            }
            else
            {
                var content = parent.TextContent;
                wholeText[parent] = seen = content.Length <= MaxDateLineChars ? content : null;
            }

            var text = seen ?? node.Data;
            if (text.Trim().Length > 0) lines.Add((text, parent));
        }

        var headline = HeadlineIndex(lines, title, body);
        var dates = new List<(DateTime Utc, int Score)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length > MaxDateLineChars || FeedDate.Find(lines[i].Text, defaultOffset) is not { } found || !Plausible(found.Utc)) continue;
            // After the headline is a little likelier than before it: bylines follow the title more often than precede it.
            var distance = i >= headline ? i - headline : (headline - i) * 2;
            dates.Add((found.Utc, distance + (found.HasTime ? 0 : BareDatePenalty)));
        }

        return dates.OrderBy(d => d.Score).ToList();
    }

    /// <summary>Longer than any dateline with a byline and a view counter, shorter than a paragraph that merely mentions a date.</summary>
    private const int MaxDateLineChars = 160;

    /// <summary>How many lines further a date with a time may be and still beat a bare date.</summary>
    private const int BareDatePenalty = 12;

    /// <summary>
    /// The line that holds the headline: the title's own text ("In Picture: " and the like allowed before it) outside
    /// links and lists, where the same headline also appears among "latest news"; else the first h1; else the top.
    /// </summary>
    private static int HeadlineIndex(List<(string Text, IElement Owner)> lines, string? title, IElement body)
    {
        var wanted = Normalize(title);
        if (wanted.Length > 0)
        {
            var shown = lines.FindIndex(l => IsHeadline(Normalize(l.Text), wanted)
                && l.Owner.Closest("a, li") is null);
            if (shown >= 0) return shown;
        }

        var h1 = body.QuerySelector("h1");
        var index = h1 is null ? -1 : lines.FindIndex(l => l.Owner == h1 || h1.Contains(l.Owner));
        return Math.Max(0, index);
    }

    /// <remarks>The title may still carry a site name the page does not state anywhere ("... - Portal Berita").</remarks>
    private static bool IsHeadline(string line, string title) =>
        line == title
        || (line.EndsWith(title, StringComparison.Ordinal) && line.Length <= title.Length + MaxHeadlinePrefix)
        || (line.Length >= MinHeadlineChars && title.StartsWith(line, StringComparison.Ordinal) && ArticlePageExtractor.Separators.Contains(title[line.Length..].TrimStart()[0]));

    private const int MinHeadlineChars = 15;

    /// <summary>A rubric before the headline ("In Picture:", "VIDEO -"), not a sentence that happens to end with it.</summary>
    private const int MaxHeadlinePrefix = 20;

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private DateTime? Date(string? text) => Parse(text) is { } date && Plausible(date) ? date : null;

    /// <summary>
    /// A placeholder such as "0001-01-01" written without a zone lies before the first representable instant once the
    /// zone is taken off; it is no date at all, not a reason to lose the page.
    /// </summary>
    private DateTime? Parse(string? text)
    {
        try
        {
            return FeedDate.Parse(text, defaultOffset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"(?<date>[^\"]+)\"")]
    private static partial Regex JsonLdDate();
}
