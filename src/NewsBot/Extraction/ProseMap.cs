using AngleSharp.Dom;

namespace NewsBot.Extraction;

/// <summary>
/// How much of each element's text is prose, judged by the text alone: runs long enough to be sentences, with
/// lower-case words (or, in scripts without case, enough letters), outside links. Menus, buttons, dates, headlines and
/// lists of links hold text but little prose, so the article's container is the element that holds most of it,
/// whatever its class or id is called. Counted in one pass over the text nodes.
/// </summary>
internal sealed class ProseMap
{
    /// <summary>Text nodes shorter than this are labels and buttons rather than prose, so they do not vote.</summary>
    private const int ProseMinLength = 25;

    /// <summary>Prose has lower-case words; dates, bylines and Title Case headings do not, so they do not vote either.</summary>
    private const int ProseMinLowerWords = 3;

    /// <summary>About a short sentence in Chinese or Japanese.</summary>
    private const int ProseMinUncasedLetters = 12;

    private readonly Dictionary<IElement, int> _prose = [];
    private readonly Dictionary<IElement, int> _text = [];
    private readonly Dictionary<IElement, int> _linked = [];

    public ProseMap(IElement root)
    {
        // Each element counts its own text nodes, top down, then hands its totals to its parent, bottom up: one visit
        // per node rather than a walk up the ancestors from every text node. A stack, not recursion: pages nest deep.
        var order = new List<IElement>();
        var stack = new Stack<(IElement Element, bool InLink)>();
        stack.Push((root, root.LocalName == "a"));
        while (stack.Count > 0)
        {
            var (element, inLink) = stack.Pop();
            order.Add(element);
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement nested) stack.Push((nested, inLink || nested.LocalName == "a"));
                else if (child is IText text) CountOwn(element, text.Data, inLink);
            }
        }

        for (var i = order.Count - 1; i > 0; i--)
        {
            var element = order[i];
            if (element.ParentElement is not { } parent) continue;
            Add(_text, parent, Text(element));
            Add(_linked, parent, Linked(element));
            Add(_prose, parent, Prose(element));
        }
    }

    private void CountOwn(IElement element, string data, bool inLink)
    {
        var length = data.Trim().Length;
        if (length == 0) return;
        Add(_text, element, length);
        if (inLink) Add(_linked, element, length);
        else if (length >= ProseMinLength && IsProse(data)) Add(_prose, element, length);
    }

    private static void Add(Dictionary<IElement, int> counts, IElement element, int length)
    {
        if (length > 0) counts[element] = counts.GetValueOrDefault(element) + length;
    }

    /// <summary>Characters of prose inside the element.</summary>
    public int Prose(IElement element) => _prose.GetValueOrDefault(element);

    /// <summary>Characters of any text inside the element.</summary>
    public int Text(IElement element) => _text.GetValueOrDefault(element);

    /// <summary>Characters of link text inside the element.</summary>
    public int Linked(IElement element) => _linked.GetValueOrDefault(element);

    /// <summary>
    /// Cased scripts show prose by lower-case words; Chinese, Japanese and Thai have no case and few spaces, so there a
    /// run of letters does.
    /// </summary>
    public static bool IsProse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Count(w => char.IsLower(w[0])) >= ProseMinLowerWords
        || text.Count(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter) >= ProseMinUncasedLetters;

    /// <summary>A line long enough and worded like a sentence.</summary>
    public static bool IsProseLine(string line) => line.Trim().Length >= ProseMinLength && IsProse(line);
}
