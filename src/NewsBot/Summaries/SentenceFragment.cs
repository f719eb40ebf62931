using System.Text.RegularExpressions;

namespace NewsBot.Summaries;

/// <summary>
/// Tells a sentence from a piece of page text that only looks like one once split: a dateline left without its words
/// ("Suara.com -, (8/11/2017) pagi."), a credit or code ("(D011)"), a list number ("2."), a heading or label
/// without a full stop ("Babak pertama", "Pelatih: Joko Susilo"), a figure line ("22 Juni: 27.561 penumpang"), or the
/// tail of a quote's attribution ("kata Barkin."). None of these can stand in a summary on its own.
/// </summary>
public static partial class SentenceFragment
{
    /// <summary>A sentence with fewer words than a heading needs to make a statement has to end like a sentence.</summary>
    private const int HeadingWords = 7;

    public static bool IsFragment(string sentence)
    {
        var text = sentence.Trim();
        // Words of two letters or more, not counting web addresses ("Suara.com") and what stands in parentheses.
        var words = Word().Matches(Parenthesised().Replace(WebAddress().Replace(text, " "), " ")).Count;
        if (words < 3) return true;
        int letters = 0, symbols = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
            else if (!char.IsWhiteSpace(c)) symbols++;
        }

        if (symbols > letters) return true;
        if (words < HeadingWords && !EndsLikeASentence(text)) return true;
        return words < 4 && text.FirstOrDefault(char.IsLetter) is var first && char.IsLower(first);
    }

    private static bool EndsLikeASentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '»') end--;
        return end >= 0 && text[end] is '.' or '!' or '?' or '…';
    }

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\S+\.(?:com|net|org|id|co)\b\S*", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
