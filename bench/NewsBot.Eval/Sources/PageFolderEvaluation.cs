using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>
/// Scores the page extractor on any folder of annotated pages, so it can be checked on public material it was never
/// tuned on. Each subfolder is one set; a page is <c>name.html</c> with either <c>name.txt</c> (the whole expected
/// article text: 4-word shingle P/R/F1) or <c>name.json</c> with <c>expected.cleaned_text</c> (the expected opening of
/// the article, as goose3's test pages give it: found or not) and optionally <c>url</c>.
/// Usage: <c>pages &lt;folder&gt; [--verbose] [--dump &lt;folder&gt;]</c> (--dump writes each extracted text there, to read).
/// </summary>
internal static partial class PageFolderEvaluation
{
    private static readonly Uri DefaultUrl = new("http://fakehost/test/page.html");

    public static int Run(string folder, string[] options)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"Folder {folder} not found; pass a folder of name.html pages with name.txt or name.json beside them.");
            return 2;
        }

        var verbose = options.Contains("--verbose");
        var dump = Array.IndexOf(options, "--dump") is var at and >= 0 && at + 1 < options.Length ? options[at + 1] : null;
        if (dump is not null) Directory.CreateDirectory(dump);
        var sets = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Prepend(folder);
        var failed = 0;
        foreach (var set in sets) failed += RunSet(set, verbose, dump);
        return failed == 0 ? 0 : 1;
    }

    private static int RunSet(string set, bool verbose, string? dump)
    {
        var pages = Directory.EnumerateFiles(set, "*.html").Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0) return 0;
        var clock = Stopwatch.StartNew();
        int exceptions = 0, hung = 0, empty = 0, leads = 0, leadsFound = 0;
        var scores = new List<(double P, double R, double F1)>();
        var lines = new List<string>();
        foreach (var file in pages)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var textFile = Path.ChangeExtension(file, ".txt");
            var jsonFile = Path.ChangeExtension(file, ".json");
            var json = File.Exists(jsonFile) ? JsonDocument.Parse(File.ReadAllText(jsonFile)).RootElement : (JsonElement?)null;
            var url = json is { } j && j.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed) ? parsed : DefaultUrl;
            var (page, crash, hang) = GuardedParse.Run(() => new ArticlePageExtractor().Extract(File.ReadAllText(file), url));
            if (crash is not null) { exceptions++; lines.Add($"EXCEPTION {name}: {crash}"); continue; }
            if (hang) { hung++; lines.Add($"HUNG {name}"); continue; }
            if (string.IsNullOrWhiteSpace(page!.Text)) empty++;
            if (dump is not null) File.WriteAllText(Path.Combine(dump, name + ".txt"), page.Text);
            if (File.Exists(textFile))
            {
                var score = Shingles.Score(page.Text, File.ReadAllText(textFile));
                scores.Add(score);
                if (verbose) lines.Add($"{name}: P {score.Precision:0.00} R {score.Recall:0.00} F1 {score.F1:0.00}");
            }
            else if (json is { } doc && doc.TryGetProperty("expected", out var expected) && expected.TryGetProperty("cleaned_text", out var lead)
                && Squeeze(lead.GetString()) is { Length: > 0 } opening)
            {
                leads++;
                var found = Squeeze(page.Text).Contains(opening, StringComparison.Ordinal);
                if (found) leadsFound++;
                if (verbose && !found) lines.Add($"{name}: opening not found: {Difference(opening, Squeeze(page.Text))}");
            }
        }

        var f1 = scores.Count == 0 ? "" : $"  F1 {scores.Average(s => s.F1):0.000} (P {scores.Average(s => s.P):0.000}, R {scores.Average(s => s.R):0.000}, below 0.5: {scores.Count(s => s.F1 < 0.5)})";
        var opened = leads == 0 ? "" : $"  openings found {leadsFound}/{leads}";
        Console.WriteLine($"{Path.GetFileName(set.TrimEnd('/')),-20} pages {pages.Count,4}  exceptions {exceptions}  hung {hung}  empty {empty}{f1}{opened}  time {clock.Elapsed.TotalSeconds:0.00} s");
        foreach (var line in lines) Console.WriteLine($"    {line}");
        return exceptions + hung;
    }

    /// <summary>Whitespace and case differ between an annotator's copy and any extractor's; the words must not.</summary>
    private static string Squeeze(string? text) => Space().Replace(text ?? "", " ").Trim().ToLowerInvariant();

    /// <summary>Where the text that starts like the opening parts from it, or the start of the text when nothing matches.</summary>
    private static string Difference(string opening, string text)
    {
        var start = text.IndexOf(opening[..Math.Min(20, opening.Length)], StringComparison.Ordinal);
        if (start < 0) return $"\"{Cut(opening)}\" not in \"{Cut(text)}\"";
        var same = 0;
        while (same < opening.Length && start + same < text.Length && opening[same] == text[start + same]) same++;
        return $"expected \"…{Cut(opening[Math.Max(0, same - 20)..])}\", got \"…{Cut(text[Math.Max(0, start + same - 20)..])}\"";
    }

    private static string Cut(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
