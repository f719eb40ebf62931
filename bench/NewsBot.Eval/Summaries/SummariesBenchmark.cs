using System.Diagnostics;
using NewsBot.Summaries;

namespace NewsBot.Eval.Summaries;

/// <summary>
/// Summarisation speed the way the bot pays for it: plain article text in, cleaned, split, scored and chosen, one thread.
/// Reports the median of several passes over every article, after a warm-up pass.
/// </summary>
public static class SummariesBenchmark
{
    private const int Passes = 7;
    private const int TelegramBudget = 500;

    public static int Run(IndoSumFolds folds)
    {
        var articles = folds.AllArticles().Select(a => (Title: a.TitleFromId(), Text: IndoSumText.Article(a))).ToList();
        var extractive = new ExtractiveSummarizer();
        var lead = new LeadSummarizer();
        Console.WriteLine($"{articles.Count} articles, mean {articles.Average(a => a.Text.Length):F0} characters, {Passes} passes, one thread.");
        Report("ExtractiveSummarizer", articles.Count, () => { foreach (var a in articles) extractive.Summarize(a.Title, a.Text, TelegramBudget); });
        Report("LeadSummarizer", articles.Count, () => { foreach (var a in articles) lead.Summarize(a.Text, TelegramBudget); });
        return 0;
    }

    private static void Report(string name, int count, Action pass)
    {
        pass();
        var seconds = new List<double>();
        for (var i = 0; i < Passes; i++)
        {
            var watch = Stopwatch.StartNew();
            pass();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        var median = seconds[Passes / 2];
        Console.WriteLine($"{name,-22} median {median * 1000:F0} ms per pass = {count / median:F0} articles/s " +
            $"({median / count * 1e6:F0} µs per article; min {seconds[0] * 1000:F0} ms, max {seconds[^1] * 1000:F0} ms)");
    }
}
