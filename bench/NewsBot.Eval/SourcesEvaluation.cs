using NewsBot.Eval.Sources;

namespace NewsBot.Eval;

/// <summary>
/// Runs NewsBot's real feed parsing and page extraction over the shared corpus and prints, per corpus, cases run,
/// passed, crashed and time. Options: --verbose lists every failure; --bench measures parsing speed instead.
/// </summary>
public static class SourcesEvaluation
{
    public static Task<int> RunAsync(string corpus, string[] options)
    {
        if (!Directory.Exists(corpus))
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
        var runs = new List<Func<string, bool, CorpusTally>>
        {
            FeedparserCorpus.Run, W3cCorpus.Run, WartapediaCorpus.Run, AnpanduCorpus.Run, GovPortalCorpus.Run, ReadabilityCorpus.Run,
        };

        // Each corpus is printed as soon as it is done, so the time shown is its own.
        var tallies = new List<CorpusTally>();
        foreach (var run in runs)
        {
            var tally = run(corpus, verbose);
            tally.Print();
            tallies.Add(tally);
        }

        return Task.FromResult(tallies.Sum(t => t.Crashed + t.Hung) == 0 ? 0 : 1);
    }
}
