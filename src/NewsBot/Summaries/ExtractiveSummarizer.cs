namespace NewsBot.Summaries;

/// <summary>
/// Picks the sentences that carry the article: every sentence is scored by the <see cref="SentenceModel"/>, the best
/// are taken while they fit the length budget, and they are given back in the article's order so the summary reads
/// like the article. Pure computation over the text, so deterministic and thread-safe.
/// </summary>
public sealed class ExtractiveSummarizer(SentenceSplitter splitter, ArticleTextCleaner cleaner, SentenceModel model)
{
    public const int DefaultMaxSentences = 3;

    public ExtractiveSummarizer() : this(new SentenceSplitter(), new ArticleTextCleaner(), SentenceModel.Trained)
    {
    }

    /// <summary>A summary of at most <paramref name="maxChars"/> characters from the cleaned article text.</summary>
    public string Summarize(string? title, string plainText, int maxChars, int maxSentences = DefaultMaxSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var (sentences, paragraphOf) = Sentences(cleaner.Clean(plainText ?? ""));
        if (sentences.Count == 0) return "";
        var chosen = Choose(sentences, paragraphOf, title, maxSentences, maxChars);
        if (chosen.Count == 0) return SummaryText.Cut(sentences[0], maxChars);
        return string.Join(" ", chosen.Select(i => sentences[i]));
    }

    /// <summary>
    /// Indices, in article order, of the best sentences: at most <paramref name="maxSentences"/>, together no longer
    /// than <paramref name="maxChars"/> (joined by spaces). Empty when not even one fits.
    /// </summary>
    public IReadOnlyList<int> Choose(
        IReadOnlyList<string> sentences, IReadOnlyList<int> paragraphOf, string? title, int maxSentences, int maxChars = int.MaxValue)
    {
        var analysis = SentenceFeatures.Analyze(sentences, paragraphOf, title);
        var scores = analysis.Features.Select(model.Score).ToArray();
        bool Eligible(int i) => !ArticleTextCleaner.LooksLikeBoilerplate(sentences[i]);
        if (model.SelectionWeights is { } selection) return ChooseTogether(sentences, analysis, scores, Eligible, selection, maxSentences, maxChars);

        var ranked = Enumerable.Range(0, sentences.Count).Where(Eligible).OrderByDescending(i => scores[i]).ThenBy(i => i);
        var chosen = new List<int>();
        var length = -1;
        foreach (var i in ranked)
        {
            if (chosen.Count == maxSentences) break;
            if (length + 1 + sentences[i].Length > maxChars) continue;
            chosen.Add(i);
            length += 1 + sentences[i].Length;
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>The best-scored combination of the most sentences that fit (see <see cref="SummarySelection"/>).</summary>
    private static IReadOnlyList<int> ChooseTogether(
        IReadOnlyList<string> sentences, SentenceAnalysis analysis, double[] scores, Func<int, bool> eligible,
        IReadOnlyList<double> selection, int maxSentences, int maxChars)
    {
        var pool = SummarySelection.Pool(scores, eligible);
        for (var size = Math.Min(maxSentences, pool.Length); size > 0; size--)
        {
            int[]? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var set in SummarySelection.Combinations(pool, size))
            {
                if (set.Sum(i => sentences[i].Length + 1) - 1 > maxChars) continue;
                var score = SummarySelection.Score(selection, SummarySelection.Features(set, analysis, scores, sentences));
                if (score > bestScore) (best, bestScore) = (set, score);
            }

            if (best is not null) return best;
        }

        return [];
    }

    private (List<string> Sentences, List<int> ParagraphOf) Sentences(string cleaned)
    {
        var sentences = new List<string>();
        var paragraphOf = new List<int>();
        var paragraphs = cleaned.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            foreach (var sentence in splitter.Split(paragraphs[p]))
            {
                sentences.Add(sentence);
                paragraphOf.Add(p);
            }
        }

        return (sentences, paragraphOf);
    }
}
