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
        var features = SentenceFeatures.Compute(sentences, paragraphOf, title);
        var ranked = Enumerable.Range(0, sentences.Count)
            .Where(i => !ArticleTextCleaner.LooksLikeBoilerplate(sentences[i]))
            .OrderByDescending(i => model.Score(features[i]))
            .ThenBy(i => i);
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
