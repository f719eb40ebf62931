namespace NewsBot.Summaries;

/// <summary>
/// Chooses the summary as a whole rather than sentence by sentence: the best-scored sentences form a small pool, every
/// combination of the wanted size from that pool is a candidate, and a linear model over features of the combination
/// (the sentences' own scores, total length, how much the sentences repeat each other, how much of the article and the
/// title they cover together) picks one. Deterministic: candidates are visited in a fixed order, ties keep the first.
/// </summary>
public static class SummarySelection
{
    /// <summary>Sentences considered for a summary: the best-scored ones.</summary>
    public const int PoolSize = 8;

    public static readonly string[] Names =
    [
        "sum-score", "sum-probability", "min-score", "words", "words-squared", "max-pair-cosine", "mean-pair-cosine",
        "adjacent-pairs", "has-first", "log-last-index", "set-centroid-cosine", "set-title-coverage", "digit-share",
        "quotes",
    ];

    /// <summary>The pool: eligible sentence indices by descending score (ties by position), at most <see cref="PoolSize"/>.</summary>
    public static int[] Pool(IReadOnlyList<double> scores, Func<int, bool> eligible) =>
        Enumerable.Range(0, scores.Count).Where(eligible)
            .OrderByDescending(i => scores[i]).ThenBy(i => i).Take(PoolSize).ToArray();

    /// <summary>Every combination of <paramref name="size"/> pool members, each sorted in article order.</summary>
    public static IEnumerable<int[]> Combinations(int[] pool, int size)
    {
        if (size <= 0 || size > pool.Length) yield break;
        var at = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            var set = at.Select(k => pool[k]).ToArray();
            Array.Sort(set);
            yield return set;
            var i = size - 1;
            while (i >= 0 && at[i] == pool.Length - size + i) i--;
            if (i < 0) yield break;
            at[i]++;
            for (var j = i + 1; j < size; j++) at[j] = at[j - 1] + 1;
        }
    }

    /// <summary>Features of one candidate summary (indices in article order), in the order of <see cref="Names"/>.</summary>
    public static double[] Features(int[] set, SentenceAnalysis analysis, IReadOnlyList<double> scores, IReadOnlyList<string> sentences)
    {
        double sum = 0, probability = 0, min = double.MaxValue, words = 0, digits = 0, quotes = 0;
        var union = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in set)
        {
            sum += scores[i];
            probability += 1 / (1 + Math.Exp(-scores[i]));
            min = Math.Min(min, scores[i]);
            words += analysis.Tokens[i].Count;
            digits += analysis.Tokens[i].Count(t => char.IsDigit(t[0]));
            if (sentences[i].IndexOfAny(['"', '“', '”']) >= 0) quotes++;
            foreach (var (word, count) in analysis.Bags[i]) union[word] = union.GetValueOrDefault(word) + count;
        }

        double maxPair = 0, pairSum = 0, pairs = 0, adjacent = 0;
        for (var a = 0; a < set.Length; a++)
        for (var b = a + 1; b < set.Length; b++)
        {
            var cosine = SentenceFeatures.Cosine(analysis.Bags[set[a]], analysis.Bags[set[b]]);
            maxPair = Math.Max(maxPair, cosine);
            pairSum += cosine;
            pairs++;
            if (set[b] == set[a] + 1) adjacent++;
        }

        var titleCoverage = analysis.TitleWords.Count == 0 ? 0 : (double)analysis.TitleWords.Count(union.ContainsKey) / analysis.TitleWords.Count;
        return
        [
            sum, probability, set.Length == 0 ? 0 : min, words / 100, words * words / 10_000, maxPair, pairs == 0 ? 0 : pairSum / pairs,
            adjacent, set.Length > 0 && set[0] == 0 ? 1 : 0, set.Length == 0 ? 0 : Math.Log(1 + set[^1]),
            SentenceFeatures.Cosine(union, analysis.Centroid), titleCoverage, words == 0 ? 0 : digits / words, quotes,
        ];
    }

    public static double Score(IReadOnlyList<double> weights, double[] features)
    {
        var score = 0.0;
        for (var i = 0; i < weights.Count; i++) score += weights[i] * features[i];
        return score;
    }
}
