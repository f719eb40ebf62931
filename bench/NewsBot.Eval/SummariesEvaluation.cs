using NewsBot.Eval.Summaries;
using NewsBot.Summaries;

namespace NewsBot.Eval;

/// <summary>
/// ROUGE of NewsBot's summaries against IndoSum, LEAD-3 and ORACLE side by side, with the paper's recipe.
/// Options: none (evaluate; --verbose also prints summaries with a defect), --train (refit the shipped weights on every fold), --bench (speed on one core).
/// </summary>
public static class SummariesEvaluation
{
    public static Task<int> RunAsync(string corpus, string[] options)
    {
        var folds = IndoSumFolds.Load(corpus);
        if (options.Contains("--train")) return Task.FromResult(SentenceModelTraining.Run(folds, ModelPath()));
        if (options.Contains("--bench")) return Task.FromResult(SummariesBenchmark.Run(folds));
        return Task.FromResult(Evaluate(folds, options.Contains("--verbose")));
    }

    private static int Evaluate(IndoSumFolds folds, bool verbose)
    {
        Console.WriteLine("IndoSum, 3-sentence extracts, ROUGE F1 x100 (R-1 R-2 R-L), paper's recipe (see RESULTS.md).");
        Console.WriteLine("NewsBot (held out): weights fitted per fold on articles that are not in the scored fold.");
        Console.WriteLine("'cleaned': the bot's ArticleTextCleaner applied to the chosen sentences (datelines, credits), as the bot sends them.");
        Console.WriteLine($"{"fold",-8} {"n",5}  {"LEAD-3",-20}  {"LEAD-3 cleaned",-20}  {"NewsBot (held out)",-20}  {"NewsBot (shipped)",-20}  {"ORACLE",-20}");
        var rows = new List<RougeScore[]>();
        var sent = new List<(SentSummaryReport Lead, SentSummaryReport NewsBot)>();
        foreach (var fold in folds.Folds)
        {
            var heldOut = new ExtractiveSummarizer(new SentenceSplitter(), new ArticleTextCleaner(), SummarySystems.Train(fold.Learn));
            var shipped = new ExtractiveSummarizer();
            var scores = new[]
            {
                Mean(fold, SummarySystems.Lead3),
                Mean(fold, SummarySystems.Lead3, cleaned: true),
                Mean(fold, a => SummarySystems.NewsBot(a, heldOut), cleaned: true),
                Mean(fold, a => SummarySystems.NewsBot(a, shipped), cleaned: true),
                Mean(fold, SummarySystems.Oracle),
            };
            rows.Add(scores);
            var lead = new LeadSummarizer();
            sent.Add((SentSummaryReport.Of(fold.Scored, (_, text, budget) => lead.Summarize(text, budget)),
                SentSummaryReport.Of(fold.Scored, (title, text, budget) => heldOut.Summarize(title, text, budget))));
            Console.WriteLine($"{fold.Name,-8} {fold.Scored.Count,5}  {string.Join("  ", scores.Select(s => $"{s,-20}"))}");
        }

        Console.WriteLine($"{"mean",-8} {folds.Folds.Sum(f => f.Scored.Count),5}  " +
            string.Join("  ", Enumerable.Range(0, 5).Select(c => $"{RougeScore.Mean(rows.Select(r => r[c]).ToList()),-20}")));
        Console.WriteLine($"{"std",-8} {"",5}  " +
            string.Join("  ", Enumerable.Range(0, 5).Select(c => $"{Std(rows.Select(r => r[c]).ToList()),-20}")));
        Console.WriteLine("Published test LEAD-3: 62.86 54.50 62.10; NeuralSum-300: 67.96 61.65 67.24. 'Shipped' saw these folds in training.");
        PrintSent(folds, sent, verbose);
        return 0;
    }

    private static void PrintSent(IndoSumFolds folds, List<(SentSummaryReport Lead, SentSummaryReport NewsBot)> sent, bool verbose)
    {
        Console.WriteLine();
        Console.WriteLine($"As sent: whole article text in, {SentSummaryReport.Budget} characters out; ROUGE as above, then summaries with each defect.");
        Console.WriteLine(SentSummaryReport.Header);
        for (var f = 0; f < sent.Count; f++)
        {
            Console.WriteLine(sent[f].Lead.Line($"{folds.Folds[f].Name} lead"));
            Console.WriteLine(sent[f].NewsBot.Line($"{folds.Folds[f].Name} NewsBot (held out)"));
        }

        Console.WriteLine(SentSummaryReport.Sum(sent.Select(s => s.Lead).ToList()).Line("all lead"));
        Console.WriteLine(SentSummaryReport.Sum(sent.Select(s => s.NewsBot).ToList()).Line("all NewsBot (held out)"));
        if (!verbose) return;
        foreach (var (defect, summary) in sent.SelectMany(s => s.NewsBot.Examples))
            Console.WriteLine($"  {defect}: {summary}");
    }

    private static RougeScore Mean(IndoSumFold fold, Func<IndoSumArticle, IReadOnlyList<int>> system, bool cleaned = false) =>
        RougeScore.Mean(fold.Scored.AsParallel().AsOrdered()
            .Select(a => cleaned ? SummarySystems.ScoreCleaned(a, system(a)) : SummarySystems.Score(a, system(a))).ToList());

    private static RougeScore Std(IReadOnlyList<RougeScore> scores)
    {
        var mean = RougeScore.Mean(scores);
        double Sd(Func<RougeScore, double> f, double m) => scores.Count < 2 ? 0 : Math.Sqrt(scores.Sum(s => Math.Pow(f(s) - m, 2)) / (scores.Count - 1));
        return new RougeScore(Sd(s => s.Rouge1, mean.Rouge1), Sd(s => s.Rouge2, mean.Rouge2), Sd(s => s.RougeL, mean.RougeL));
    }

    /// <summary>The generated weights file in the source tree, found from the working directory upwards.</summary>
    private static string ModelPath()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "NewsBot", "Summaries", "Model", "SentenceModelWeights.cs");
            if (File.Exists(candidate)) return candidate;
        }

        throw new FileNotFoundException("Run from the repository: src/NewsBot/Summaries/Model/SentenceModelWeights.cs not found.");
    }
}
