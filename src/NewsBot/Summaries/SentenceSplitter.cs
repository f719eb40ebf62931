namespace NewsBot.Summaries;

/// <summary>
/// Splits Indonesian news text into sentences without breaking after "Kab.", "Plt.", "dr. H.", "S.Pd., M.Si.",
/// initials or inside numbers such as 1,32 and 47.000. Paragraph breaks always end a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Always followed by a name or number, so never the end of a sentence.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "kab", "kec", "kel", "ds", "prov", "plt", "plh", "pj", "pjs", "jl", "jln", "no", "nomor", "gg", "rt", "rw", "dr", "drs", "dra",
        "h", "hj", "prof", "ir", "kh", "ny", "sdr", "sdri", "bpk", "yth", "tn", "st", "kol", "letkol", "mayjen", "brigjen",
        "kompol", "akbp", "aiptu", "bripka", "pt", "cv", "ud", "tbk", "mr", "mrs", "ms", "vs", "hal", "tel", "telp", "rp",
        "kadis", "kadin", "kabag", "kabid", "kasi", "kasubag", "kades", "a.n", "u.p", "d.a",
    };

    /// <summary>Usually inside a sentence, but may end one: a break is taken only when a capitalised word follows.</summary>
    private static readonly HashSet<string> MaybeFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "dll", "dsb", "dst", "dkk", "etc", "s.pd", "m.si", "s.h", "m.h", "s.e", "m.m", "s.sos", "s.ip", "s.kom", "m.pd",
        "s.t", "m.t", "s.ked", "sp.a", "a.md", "m.kes", "s.kep", "s.ag", "m.ag", "ph.d", "mba", "mph",
    };

    public IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return sentences;
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            SplitParagraph(paragraph, sentences);
        return sentences;
    }

    private static void SplitParagraph(string paragraph, List<string> sentences)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?' or '…')) continue;
            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '»') end++;
            if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end])) continue;
            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next])) next++;
            if (next >= paragraph.Length || !IsBoundary(paragraph, start, i, next)) continue;
            // A full stop inside a quotation does not end the sentence that carries the quote and its attribution.
            if (InsideQuote(paragraph, start, end)) continue;

            sentences.Add(paragraph[start..end].Trim());
            start = next;
            i = next - 1;
        }

        if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } rest) sentences.Add(rest);
    }

    private static bool InsideQuote(string text, int from, int to)
    {
        int open = 0, straight = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '“') open++;
            else if (text[i] == '”') open = Math.Max(0, open - 1);
            else if (text[i] == '"') straight++;
        }

        return open > 0 || straight % 2 == 1;
    }

    private static bool IsBoundary(string text, int sentenceStart, int mark, int next)
    {
        var nextChar = text[next];
        var opensSentence = char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextChar is '"' or '“' or '\'' or '‘' or '(' or '[';
        if (!opensSentence) return false;
        if (text[mark] != '.') return true;

        var word = WordBefore(text, sentenceStart, mark);
        if (word.Length == 0) return true;
        if (Titles.Contains(word)) return false;
        // A single capital letter is an initial ("H. Mustofa", "Soekarno M. Hatta").
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (MaybeFinal.Contains(word) || word.Contains('.', StringComparison.Ordinal))
            return char.IsUpper(nextChar) && !StartsWithAbbreviation(text, next);
        return true;
    }

    /// <summary>The token before the full stop, inner dots kept ("S.Pd"), leading punctuation such as a comma dropped.</summary>
    private static string WordBefore(string text, int sentenceStart, int mark)
    {
        var from = mark;
        while (from > sentenceStart && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] is not (',' or '(' or '"' or '“')) from--;
        return text[from..mark];
    }

    /// <summary>"S.Pd. M.Si." or "H. Ahmad": the next token is itself an abbreviation or initial, so the name goes on.</summary>
    private static bool StartsWithAbbreviation(string text, int next)
    {
        var end = text.IndexOfAny([' ', ','], next);
        var token = (end < 0 ? text[next..] : text[next..end]).TrimEnd('.');
        return token.Length > 0 && text.Length > next + token.Length && text[next + token.Length] == '.'
            && (Titles.Contains(token) || MaybeFinal.Contains(token) || token.Length == 1);
    }
}
