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
        foreach (var node in root.Descendants<IText>())
        {
            var length = node.Data.Trim().Length;
            if (length == 0) continue;
            var inLink = false;
            for (var element = node.ParentElement; element is not null && !inLink; element = element.ParentElement)
                inLink = element.LocalName == "a";
            var votes = !inLink && length >= ProseMinLength && IsProse(node.Data);
            for (var element = node.ParentElement; element is not null && element != root.Parent; element = element.ParentElement)
            {
                _text[element] = _text.GetValueOrDefault(element) + length;
                if (inLink) _linked[element] = _linked.GetValueOrDefault(element) + length;
                if (votes) _prose[element] = _prose.GetValueOrDefault(element) + length;
            }
        }
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
