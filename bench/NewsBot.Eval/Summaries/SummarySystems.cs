using NewsBot.Summaries;

namespace NewsBot.Eval.Summaries;

/// <summary>The systems compared: which article sentences (by index in reading order) each one picks.</summary>
public static class SummarySystems
{
    public const int SentenceCount = 3;

    public static IReadOnlyList<int> Lead3(IndoSumArticle article) =>
        Enumerable.Range(0, Math.Min(SentenceCount, article.Sentences.Count)).ToList();

    /// <summary>The extractive upper bound the data ships with (greedy ROUGE-maximising labels).</summary>
    public static IReadOnlyList<int> Oracle(IndoSumArticle article) =>
        article.GoldLabels.SelectMany(p => p).Select((label, i) => (label, i)).Where(x => x.label).Select(x => x.i).ToList();

    /// <summary>NewsBot's own choice with the given model, on IndoSum's sentence boundaries so only the choice differs.</summary>
    public static IReadOnlyList<int> NewsBot(IndoSumArticle article, ExtractiveSummarizer summarizer) =>
        summarizer.Choose(Sentences(article), article.ParagraphOf, article.TitleFromId(), SentenceCount);

    public static IReadOnlyList<string> Sentences(IndoSumArticle article) => article.Sentences.Select(IndoSumText.Sentence).ToList();

    /// <summary>One training row per sentence: its features and whether the oracle picked it.</summary>
    public static (List<double[]> Rows, List<double> Labels) TrainingRows(IEnumerable<IndoSumArticle> articles)
    {
        var rows = new List<double[]>();
        var labels = new List<double>();
        foreach (var article in articles)
        {
            rows.AddRange(SentenceFeatures.Compute(Sentences(article), article.ParagraphOf, article.TitleFromId()));
            labels.AddRange(article.GoldLabels.SelectMany(p => p).Select(l => l ? 1.0 : 0.0));
        }

        return (rows, labels);
    }

    /// <summary>Boosting rounds, tree depth and shrinkage of the trees added to the logistic regression.</summary>
    public const int TreeRounds = 300, TreeDepth = 2;
    public const double TreeRate = 0.05;

    /// <summary>
    /// The sentence model: a logistic regression on the oracle labels, then boosted trees fitted to what it still gets
    /// wrong (the logistic loss with the regression's score as the starting margin).
    /// </summary>
    public static SentenceModel Train(IEnumerable<IndoSumArticle> articles)
    {
        var list = articles.ToList();
        var (rows, labels) = TrainingRows(list);
        var linear = new SentenceModel(LogisticRegression.Fit(rows, labels));
        var trees = GradientBoosting.Fit(rows, labels, rows.Select(linear.Score).ToList(), TreeRounds, TreeDepth, TreeRate);
        return new SentenceModel(linear.Weights, trees);
    }

    public static RougeScore Score(IndoSumArticle article, IReadOnlyList<int> chosen)
    {
        var sentences = article.Sentences;
        return RougeScorer.Score(chosen.Select(i => sentences[i]), article.Summary);
    }

    /// <summary>
    /// Scores the text the bot would send: each chosen sentence after the bot's cleaner (datelines such as
    /// "Jakarta, CNN Indonesia --" and credits removed), re-tokenised into words and punctuation.
    /// </summary>
    public static RougeScore ScoreCleaned(IndoSumArticle article, IReadOnlyList<int> chosen)
    {
        var sentences = Sentences(article);
        var cleaned = chosen.Select(i => IndoSumText.Tokens(Cleaner.Clean(sentences[i]))).ToList();
        return RougeScorer.Score(cleaned, article.Summary);
    }

    private static readonly ArticleTextCleaner Cleaner = new();
}
