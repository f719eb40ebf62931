using System.Diagnostics;
using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>
/// The wider dev corpus (bench/corpus): public annotated page sets that the extractor was not written against. Each
/// set is read from its archive, every page goes through the pipeline's own decoding and NewsBot's real page
/// extractor, and is scored on what the set annotates: the expected body as 4-word shingle P/R/F1 (as the
/// Readability pages are scored), and must / must-not segments as pooled segment precision, recall and F.
/// A page that throws or hangs scores 0; it is not left out of the mean.
/// </summary>
internal static class DevCorpus
{
    /// <summary>Pages listed under a set's figures, from the worst up, for whoever tunes the extractor next.</summary>
    private const int WorstShown = 8;

    public static CorpusTally Run(string archive, bool verbose)
    {
        var set = Path.GetFileName(archive)[..^".tar.gz".Length];
        var tally = new CorpusTally($"dev {set}");
        var pages = DevCorpusArchive.Read(archive);
        var scores = new List<(string Name, double P, double R, double F1)>();
        var segments = new SegmentCounts();
        var clock = new Stopwatch();
        long bytes = 0;
        tally.Empty = 0;
        foreach (var page in pages)
        {
            tally.Run++;
            var url = page.Url ?? new Uri($"https://dev-corpus.example/{set}/{page.Name}.html");
            clock.Start();
            var (article, crash, hung) = GuardedParse.Run(() => new ArticlePageExtractor().Extract(FeedDecoder.DecodePage(page.Html, contentType: null), url));
            clock.Stop();
            bytes += page.Html.Length;
            if (crash is not null) { tally.Crashed++; tally.Failures.Add($"EXCEPTION {page.Name}: {crash}"); }
            if (hung) { tally.Hung++; tally.Failures.Add($"HUNG {page.Name}"); }
            var text = article?.Text ?? "";
            if (crash is null && !hung && string.IsNullOrWhiteSpace(text)) { tally.Empty++; tally.Failures.Add($"EMPTY {page.Name}"); }

            var (mustFound, mustNotFound) = segments.Add(text, page.Must, page.MustNot);
            if (page.Text is not null)
            {
                var score = Shingles.Score(text, page.Text);
                scores.Add((page.Name, score.Precision, score.Recall, score.F1));
                if (score.F1 >= 0.9) tally.Passed++;
            }
            else if (mustFound == page.Must.Count && mustNotFound == 0)
            {
                tally.Passed++;
            }
            else
            {
                tally.Failures.Add($"{page.Name}: must found {mustFound}/{page.Must.Count}, must-not found {mustNotFound}/{page.MustNot.Count}; got: {Opening(text)}");
            }
        }

        if (scores.Count > 0)
        {
            tally.F1 = scores.Average(s => s.F1);
            var sorted = scores.Select(s => s.F1).Order().ToList();
            tally.Notes.Add($"body shingle F1 mean {tally.F1:0.000} (precision {scores.Average(s => s.P):0.000}, recall {scores.Average(s => s.R):0.000}), " +
                $"median {sorted[sorted.Count / 2]:0.000}, below 0.5: {sorted.Count(f => f < 0.5)}, passed (F1 >= 0.9) {tally.Passed}/{tally.Run}");
            var worst = scores.OrderBy(s => s.F1).Take(verbose ? scores.Count(s => s.F1 < 0.5) : WorstShown);
            tally.Notes.Add("worst: " + string.Join(", ", worst.Select(s => $"{s.Name} {s.F1:0.00} (P {s.P:0.00} R {s.R:0.00})")));
        }
        else
        {
            tally.Notes.Add($"pages whose annotated segments all came out right {tally.Passed}/{tally.Run}");
        }

        // Without must-not segments there is no precision to speak of, only how many must segments were found.
        if (segments.FalsePositives + segments.TrueNegatives > 0)
        {
            tally.Notes.Add($"segments: must found {segments.TruePositives}/{segments.TruePositives + segments.FalseNegatives}, " +
                $"must-not found {segments.FalsePositives}/{segments.FalsePositives + segments.TrueNegatives}; precision {segments.Precision:0.000}, recall {segments.Recall:0.000}, F {segments.F:0.000}");
        }
        else if (segments.Any)
        {
            tally.Notes.Add($"segments: must found {segments.TruePositives}/{segments.TruePositives + segments.FalseNegatives}");
        }

        tally.Notes.Add($"extraction {pages.Count / Math.Max(0.001, clock.Elapsed.TotalSeconds):0} pages/s, {bytes / 1e6 / Math.Max(0.001, clock.Elapsed.TotalSeconds):0.0} MB/s (one thread, decoding included)");
        tally.Notes.AddRange(verbose ? tally.Failures : tally.Failures.Where(f => f.StartsWith("EXCEPTION", StringComparison.Ordinal) || f.StartsWith("HUNG", StringComparison.Ordinal)));
        return tally;
    }

    private static string Opening(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 100 ? $"'{line}'" : $"'{line[..100]}...'";
    }
}
