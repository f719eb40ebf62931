using NewsBot.Summaries;

namespace NewsBot.Eval.Summaries;

/// <summary>
/// The summaries as the bot sends them: the whole article text in (IndoSum's sentences put back into paragraphs), the
/// stored budget of 500 characters out. Scored with ROUGE like the extracts, and searched for defects a reader sees.
/// </summary>
public sealed record SentSummaryReport(
    RougeScore Rouge, int[] Defects, int Articles, int Empty, double MeanChars, double MeanSentences,
    IReadOnlyList<(string Defect, string Summary)> Examples)
{
    public const int Budget = 500;
    private const int ExamplesPerDefect = 5;

    private static readonly SentenceSplitter Splitter = new();
    private static readonly ArticleTextCleaner Cleaner = new();

    /// <summary>Summaries of every article by <paramref name="summarize"/> (title, text, budget → summary).</summary>
    public static SentSummaryReport Of(IReadOnlyList<IndoSumArticle> articles, Func<string, string, int, string> summarize)
    {
        var rows = articles.AsParallel().AsOrdered().Select(article =>
        {
            var text = IndoSumText.Article(article);
            var summary = summarize(article.TitleFromId(), text, Budget);
            var sentences = Splitter.Split(summary);
            var rouge = RougeScorer.Score(sentences.Select(IndoSumText.Tokens), article.Summary);
            var defects = SummaryDefects.Find(summary, sentences, Splitter.Split(Cleaner.Clean(text)));
            return (Rouge: rouge, Defects: defects, Summary: summary, Sentences: sentences.Count);
        }).ToList();

        var counts = new int[SummaryDefects.Names.Length];
        var examples = new List<(string, string)>();
        foreach (var row in rows)
        {
            for (var d = 0; d < counts.Length; d++)
            {
                if (!row.Defects[d]) continue;
                if (counts[d]++ < ExamplesPerDefect) examples.Add((SummaryDefects.Names[d], row.Summary));
            }
        }

        return new SentSummaryReport(
            RougeScore.Mean(rows.Select(r => r.Rouge).ToList()), counts, rows.Count, rows.Count(r => r.Summary.Length == 0),
            rows.Average(r => r.Summary.Length), rows.Average(r => r.Sentences), examples);
    }

    /// <summary>Two reports over disjoint articles as one.</summary>
    public static SentSummaryReport Sum(IReadOnlyList<SentSummaryReport> reports)
    {
        var articles = reports.Sum(r => r.Articles);
        return new SentSummaryReport(
            RougeScore.Mean(reports.Select(r => r.Rouge).ToList()),
            Enumerable.Range(0, SummaryDefects.Names.Length).Select(d => reports.Sum(r => r.Defects[d])).ToArray(),
            articles, reports.Sum(r => r.Empty),
            reports.Sum(r => r.MeanChars * r.Articles) / articles, reports.Sum(r => r.MeanSentences * r.Articles) / articles,
            reports.SelectMany(r => r.Examples).ToList());
    }

    public static string Header =>
        $"{"",-26} {"n",5}  {"R-1    R-2    R-L",-20}  {"chars",5} {"sent.",5} {"empty",5}  " +
        string.Join(" ", SummaryDefects.Names.Select(n => $"{n,15}"));

    public string Line(string name) =>
        $"{name,-26} {Articles,5}  {Rouge,-20}  {MeanChars,5:F0} {MeanSentences,5:F2} {Empty,5}  " +
        string.Join(" ", Defects.Select(d => $"{d,15}"));
}
