namespace NewsBot.Summaries;

/// <summary>
/// Tells a sentence from a piece of page text that only looks like one once split: a dateline left without its words
/// ("Suara.com -, (8/11/2017) pagi."), a credit or code ("(D011)"), a list number ("2."), a heading or label
/// without a full stop ("Babak pertama", "Pelatih: Joko Susilo"), a figure line ("22 Juni: 27.561 penumpang"), or the
/// tail of a quote's attribution ("kata Barkin."). None of these can stand in a summary on its own.
/// </summary>
public static class SentenceFragment
{
    /// <summary>A sentence with fewer words than a heading needs to make a statement has to end like a sentence.</summary>
    private const int HeadingWords = 7;

    public static bool IsFragment(string sentence)
    {
        var text = sentence.Trim();
        var (words, letters, symbols) = Count(text);
        if (words < 3) return true;
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

    /// <summary>
    /// Words of two letters or more, not counting web addresses ("Suara.com") and what stands in parentheses; letters;
    /// other characters that are not white space. One pass without allocation: this runs on every sentence.
    /// </summary>
    private static (int Words, int Letters, int Symbols) Count(string text)
    {
        int words = 0, letters = 0, symbols = 0, depth = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var token = text.AsSpan(start, end - start);
            var run = 0;
            var longRuns = 0;
            var webAddress = IsWebAddress(token);
            foreach (var c in token)
            {
                if (c is '(' or '[') depth++;
                else if (c is ')' or ']') depth = Math.Max(0, depth - 1);
                if (char.IsLetter(c))
                {
                    letters++;
                    if (++run == 2 && depth == 0 && !webAddress) longRuns++;
                }
                else
                {
                    symbols++;
                    run = 0;
                }
            }

            words += longRuns;
            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        }

        return (words, letters, symbols);
    }

    private static bool IsWebAddress(ReadOnlySpan<char> token)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[".com", ".net", ".org", ".co.id", ".id", ".co"])
        {
            var at = token.IndexOf(suffix, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (at + suffix.Length == token.Length || !char.IsLetter(token[at + suffix.Length]))) return true;
        }

        return false;
    }
}
