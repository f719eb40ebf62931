using System.Text.RegularExpressions;

namespace NewsBot.Eval.Summaries;

/// <summary>
/// What a citizen would see as wrong in a summary, judged from the outside: mojibake, a cross-link ("Baca juga"),
/// advertisement or share-button text, whitespace runs, a fragment that is not a sentence, and a sentence that leans
/// on one the summary left out (a question or "Namun ..." whose article predecessor is missing). Written apart from the
/// cleaner's own rules, so that the counts check them rather than repeat them.
/// </summary>
public static partial class SummaryDefects
{
    public static readonly string[] Names = ["mojibake", "cross-link", "ad/share", "whitespace run", "fragment", "dangling opener"];

    /// <summary>
    /// One flag per <see cref="Names"/> for <paramref name="summarySentences"/>, given the sentences of the article
    /// (as the summariser split it) they were taken from, to tell a sentence's predecessor.
    /// </summary>
    public static bool[] Find(string summary, IReadOnlyList<string> summarySentences, IReadOnlyList<string> articleSentences)
    {
        return
        [
            Mojibake().IsMatch(summary),
            summarySentences.Any(s => CrossLink().IsMatch(s)),
            summarySentences.Any(s => AdOrShare().IsMatch(s)),
            WhitespaceRun().IsMatch(summary),
            summarySentences.Any(IsFragment),
            HasDanglingOpener(summarySentences, articleSentences),
        ];
    }

    /// <summary>Fewer than three words outside parentheses and web addresses, or more symbols and digits than letters.</summary>
    public static bool IsFragment(string sentence)
    {
        var words = Word().Matches(Parenthesised().Replace(Domain().Replace(sentence, " "), " ")).Count;
        var letters = sentence.Count(char.IsLetter);
        var others = sentence.Count(c => !char.IsLetter(c) && !char.IsWhiteSpace(c));
        return words < 3 || others > letters;
    }

    private static bool HasDanglingOpener(IReadOnlyList<string> summarySentences, IReadOnlyList<string> articleSentences)
    {
        var previous = -2;
        var withLead = false;
        foreach (var sentence in summarySentences)
        {
            var index = IndexAfter(articleSentences, sentence, previous);
            if (index < 0) return false; // Not taken whole from the article (cut with an ellipsis): nothing to judge.
            withLead |= index == 0;
            // A pronoun may refer to the person the lead names; a connective or a question needs its own predecessor.
            if (index > 0 && index != previous + 1 && (LeansOnPrevious(sentence) || !withLead && Pronoun().IsMatch(sentence))) return true;
            previous = index;
        }

        return false;
    }

    private static int IndexAfter(IReadOnlyList<string> sentences, string sentence, int after)
    {
        for (var i = Math.Max(0, after + 1); i < sentences.Count; i++)
            if (sentences[i] == sentence) return i;
        return -1;
    }

    private static bool LeansOnPrevious(string sentence) => Question().IsMatch(sentence) || Opener().IsMatch(sentence);

    [GeneratedRegex(@"â€|Ã[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|Â[\u00A0-\u00BF]")]
    private static partial Regex Mojibake();

    // At the start, in brackets, or with a separator: "kami lihat juga" in a quote is prose.
    [GeneratedRegex(@"^[\[(""“]?\s*(?:baca|simak|lihat)[\s_]+juga\b|[\[(]\s*(?:baca|simak|lihat)[\s_]+juga|(?:baca|simak|lihat)[\s_]+juga\s*[:\-–—]|baca_juga", RegexOptions.IgnoreCase)]
    private static partial Regex CrossLink();

    [GeneratedRegex(@"^\W*(?:advertisement|iklan|scroll to continue)\b|\b(?:share this|bagikan ke|bagikan artikel)\b|facebook\W+twitter", RegexOptions.IgnoreCase)]
    private static partial Regex AdOrShare();

    [GeneratedRegex(@"\s{2,}|\u00A0")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\S+\.(?:com|net|co\.id|id|co|org)\b\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"\?[""”’']?\s*$")]
    private static partial Regex Question();

    // The openers the budget rule names, Indonesian and English: each refers back to the sentence before it.
    [GeneratedRegex(@"^[""“]?(?:hal (?:itu|ini|tersebut)|namun|tetapi|tapi|selain itu|oleh karena itu|karena itu|sementara itu|meski(?:pun)? demikian|dengan demikian|itu|ini|however|it|this|that|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"^[""“]?(?:ia|dia|mereka|he|she|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
