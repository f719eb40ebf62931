using System.Text.RegularExpressions;
using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>Two regency portal home pages full of counters and footers: nothing of that may come out as article text.</summary>
internal static partial class GovPortalCorpus
{
    public static CorpusTally Run(string corpus, bool verbose)
    {
        var tally = new CorpusTally("indonesian gov-portal-pages");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "indonesian-news", "gov-portal-pages"), "*.html").Order(StringComparer.Ordinal))
        {
            tally.Run++;
            var (page, crash, hung) = GuardedParse.Run(() => new ArticlePageExtractor().Extract(File.ReadAllText(file), new Uri("https://kab.example.go.id/")));
            if (crash is not null) { tally.Crashed++; continue; }
            if (hung) { tally.Hung++; continue; }
            var leaks = Furniture().Matches(page!.Text).Select(m => m.Value).Distinct().ToList();
            if (leaks.Count == 0) tally.Passed++;
            tally.Notes.Add($"{Path.GetFileName(file)}: {page.Text.Length} chars of text, furniture found: {(leaks.Count == 0 ? "none" : string.Join(", ", leaks))}");
            if (verbose) tally.Notes.Add("    " + page.Text.Replace('\n', ' ')[..Math.Min(300, page.Text.Length)]);
            // Each hit in its sentence, so a reader can tell a visitor counter from a word in an article or a letter.
            if (verbose)
            {
                foreach (var hit in Furniture().Matches(page.Text).DistinctBy(m => m.Value.ToLowerInvariant()))
                {
                    var start = Math.Max(0, hit.Index - 60);
                    tally.Notes.Add($"    '{hit.Value}' in: ...{page.Text.Substring(start, Math.Min(page.Text.Length, hit.Index + hit.Length + 60) - start).Replace('\n', ' ')}...");
                }
            }
        }

        return tally;
    }

    [GeneratedRegex(@"(?i)pengunjung|statistik|kunjungan|hari ini|copyright|©|hak cipta|alamat|telepon|email|ikuti kami")]
    private static partial Regex Furniture();
}
