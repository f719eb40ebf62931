using System.Text.Json;
using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>Mozilla Readability's test pages: main-content text against expected.html, as 4-word shingle P/R/F1.</summary>
internal static class ReadabilityCorpus
{
    private static readonly Uri PageUrl = new("http://fakehost/test/page.html");

    public static CorpusTally Run(string corpus, bool verbose)
    {
        var tally = new CorpusTally("readability-test-pages");
        var scores = new List<(double P, double R, double F1)>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(corpus, "readability-test-pages", "test-pages")).Order(StringComparer.Ordinal))
        {
            var metadata = Path.Combine(folder, "expected-metadata.json");
            if (File.Exists(metadata) && JsonDocument.Parse(File.ReadAllText(metadata)).RootElement.TryGetProperty("readerable", out var r) && r.ValueKind == JsonValueKind.False)
                continue;
            tally.Run++;
            var source = File.ReadAllText(Path.Combine(folder, "source.html"));
            var expected = HtmlToText.Convert(File.ReadAllText(Path.Combine(folder, "expected.html")));
            var (page, crash, hung) = GuardedParse.Run(() => new ArticlePageExtractor().Extract(source, PageUrl));
            if (crash is not null) { tally.Crashed++; tally.Failures.Add($"CRASH {folder}: {crash}"); continue; }
            if (hung) { tally.Hung++; continue; }
            if (string.IsNullOrWhiteSpace(page!.Text)) tally.Empty = (tally.Empty ?? 0) + 1;
            var score = Shingles.Score(page.Text, expected);
            scores.Add(score);
            if (score.F1 >= 0.9) tally.Passed++;
            else tally.Failures.Add($"{Path.GetFileName(folder)}: P {score.Precision:0.00} R {score.Recall:0.00} F1 {score.F1:0.00}");
        }

        tally.Empty ??= 0;
        tally.F1 = scores.Average(s => s.F1);
        tally.Notes.Add($"readerable pages {scores.Count}: mean precision {scores.Average(s => s.P):0.000}, recall {scores.Average(s => s.R):0.000}, F1 {scores.Average(s => s.F1):0.000} (passed = F1 >= 0.9)");
        if (verbose) tally.Notes.AddRange(tally.Failures);
        return tally;
    }
}
