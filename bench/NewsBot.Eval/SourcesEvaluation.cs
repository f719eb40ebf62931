using NewsBot.Eval.Sources;

namespace NewsBot.Eval;

/// <summary>
/// Runs NewsBot's real feed parsing and page extraction over the shared corpus and the wider dev corpus of public
/// annotated page sets (bench/corpus), and prints one table row per corpus: cases, exceptions, empty outputs, score
/// (mean body F1, or pass rate), feeds refused that should be read, repairs made, time. Options: --verbose lists every
/// failure; --bench measures parsing speed instead; --devcorpus &lt;folder&gt; reads the dev sets from elsewhere;
/// --dev-only skips the shared corpus. The exit code is 1 when anything threw or hung.
/// </summary>
public static class SourcesEvaluation
{
    private const string DefaultDevCorpus = "bench/corpus";

    public static Task<int> RunAsync(string corpus, string[] options)
    {
        var devOnly = options.Contains("--dev-only");
        if (!devOnly && !Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"Corpus folder {corpus} not found; pass the path of shared/corpus.");
            return Task.FromResult(2);
        }

        if (options.Contains("--bench"))
        {
            ParsingSpeed.Run(corpus);
            return Task.FromResult(0);
        }

        var verbose = options.Contains("--verbose");
        var runs = new List<Func<CorpusTally>>();
        if (!devOnly)
        {
            runs.AddRange(new List<Func<string, bool, CorpusTally>>
            {
                FeedparserCorpus.Run, W3cCorpus.Run, WartapediaCorpus.Run, AnpanduCorpus.Run, GovPortalCorpus.Run, ReadabilityCorpus.Run,
            }.Select(run => (Func<CorpusTally>)(() => run(corpus, verbose))));
        }

        var devCorpus = OptionValue(options, "--devcorpus") ?? DefaultDevCorpus;
        var archives = Directory.Exists(devCorpus) ? Directory.GetFiles(devCorpus, "*.tar.gz").Order(StringComparer.Ordinal).ToList() : [];
        if (archives.Count == 0)
            Console.Error.WriteLine($"No dev corpus sets (*.tar.gz) in {devCorpus}: build them with bench/corpus/build.py (see bench/corpus/README.md) or pass --devcorpus <folder>.");
        // A set named feeds-* holds feeds; every other set holds article pages.
        runs.AddRange(archives.Select(archive => Path.GetFileName(archive).StartsWith("feeds-", StringComparison.Ordinal)
            ? (Func<CorpusTally>)(() => DevFeedCorpus.Run(archive, verbose))
            : () => DevCorpus.Run(archive, verbose)));

        // Each corpus is printed as soon as it is done, so the time shown is its own.
        CorpusTally.PrintHeader();
        var exceptions = 0;
        foreach (var run in runs)
        {
            var tally = run();
            tally.Print();
            exceptions += tally.Crashed + tally.Hung;
        }

        return Task.FromResult(exceptions == 0 ? 0 : 1);
    }

    private static string? OptionValue(string[] options, string name)
    {
        var at = Array.IndexOf(options, name);
        return at >= 0 && at + 1 < options.Length ? options[at + 1] : null;
    }
}
