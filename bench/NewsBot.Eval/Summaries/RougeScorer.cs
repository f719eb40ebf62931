using System.Text;

namespace NewsBot.Eval.Summaries;

/// <summary>
/// ROUGE as IndoSum's paper computed it (kata-ai/indosum through ROUGE-1.5.5): the hypothesis sentences are lower-cased,
/// stripped of single punctuation tokens and have every digit turned into 0; the reference is left raw. ROUGE-1.5.5 then
/// lower-cases both and turns every character outside [a-z0-9-] into a space. ROUGE-N uses clipped n-gram counts and
/// ROUGE-L the summary-level union LCS, each as F1 with alpha 0.5; no stemming, no stop words, no length limit.
/// </summary>
public static class RougeScorer
{
    private const string PythonPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    public static RougeScore Score(IEnumerable<IReadOnlyList<string>> hypothesis, IEnumerable<IReadOnlyList<string>> reference)
    {
        var hyp = hypothesis.Select(s => RougeTokens(string.Join(' ', PaperPreprocess(s)))).Where(s => s.Count > 0).ToList();
        var refs = reference.Select(s => RougeTokens(string.Join(' ', s))).Where(s => s.Count > 0).ToList();
        var hypAll = hyp.SelectMany(s => s).ToList();
        var refAll = refs.SelectMany(s => s).ToList();
        return new RougeScore(RougeN(hypAll, refAll, 1), RougeN(hypAll, refAll, 2), UnionLcs(hyp, refs, hypAll, refAll));
    }

    /// <summary>Unigram precision, recall and F1 of one article sentence against the reference.</summary>
    public static (double Precision, double Recall, double F1) SentenceUnigrams(IReadOnlyList<string> sentence, IEnumerable<IReadOnlyList<string>> reference)
    {
        var hyp = RougeTokens(string.Join(' ', PaperPreprocess(sentence)));
        var refAll = reference.SelectMany(s => RougeTokens(string.Join(' ', s))).ToList();
        var hypGrams = Grams(hyp, 1);
        double hits = Grams(refAll, 1).Sum(g => Math.Min(g.Value, hypGrams.GetValueOrDefault(g.Key)));
        if (hits == 0) return (0, 0, 0);
        double p = hits / hyp.Count, r = hits / refAll.Count;
        return (p, r, 2 * p * r / (p + r));
    }

    /// <summary>The paper's treatment of the article side (data.Document in kata-ai/indosum).</summary>
    public static IEnumerable<string> PaperPreprocess(IEnumerable<string> tokens) =>
        tokens.Where(t => t.Length == 0 || !PythonPunctuation.Contains(t, StringComparison.Ordinal))
            .Select(t => new string(t.ToLowerInvariant().Select(c => char.IsDigit(c) ? '0' : c).ToArray()));

    /// <summary>ROUGE-1.5.5's own tokenisation of a line.</summary>
    public static List<string> RougeTokens(string line)
    {
        var cleaned = new StringBuilder(line.Length);
        foreach (var c in line.ToLowerInvariant()) cleaned.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' ? c : ' ');
        return cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static double RougeN(List<string> hyp, List<string> reference, int n)
    {
        var hypGrams = Grams(hyp, n);
        var refGrams = Grams(reference, n);
        var hits = refGrams.Sum(g => Math.Min(g.Value, hypGrams.GetValueOrDefault(g.Key)));
        return F1(hits, hypGrams.Values.Sum(), refGrams.Values.Sum());
    }

    private static Dictionary<string, int> Grams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }

        return grams;
    }

    /// <summary>
    /// Summary-level LCS: for each reference sentence, the union of the words it shares in order with each hypothesis
    /// sentence; a word counts only while both sides still have an unused copy of it (ROUGE-1.5.5's hit clipping).
    /// </summary>
    private static double UnionLcs(List<List<string>> hyp, List<List<string>> refs, List<string> hypAll, List<string> refAll)
    {
        var hypLeft = Counts(hypAll);
        var refLeft = Counts(refAll);
        var hits = 0;
        foreach (var r in refs)
        {
            var union = new SortedSet<int>();
            foreach (var h in hyp) union.UnionWith(LcsPositions(r, h));
            foreach (var word in union.Select(i => r[i]))
            {
                if (hypLeft.GetValueOrDefault(word) <= 0 || refLeft.GetValueOrDefault(word) <= 0) continue;
                hits++;
                hypLeft[word]--;
                refLeft[word]--;
            }
        }

        return F1(hits, hypAll.Count, refAll.Count);
    }

    private static Dictionary<string, int> Counts(List<string> tokens) =>
        tokens.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Positions in <paramref name="r"/> of one longest common subsequence with <paramref name="h"/>.</summary>
    private static List<int> LcsPositions(List<string> r, List<string> h)
    {
        var table = new int[r.Count + 1, h.Count + 1];
        for (var i = 1; i <= r.Count; i++)
        for (var j = 1; j <= h.Count; j++)
            table[i, j] = r[i - 1] == h[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);

        var positions = new List<int>();
        for (int i = r.Count, j = h.Count; i > 0 && j > 0;)
        {
            if (r[i - 1] == h[j - 1]) { positions.Add(i - 1); i--; j--; }
            else if (table[i - 1, j] >= table[i, j - 1]) i--;
            else j--;
        }

        return positions;
    }

    private static double F1(double hits, double hypCount, double refCount)
    {
        if (hits == 0 || hypCount == 0 || refCount == 0) return 0;
        double precision = hits / hypCount, recall = hits / refCount;
        return 2 * precision * recall / (precision + recall);
    }
}
