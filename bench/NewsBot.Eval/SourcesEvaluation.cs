using NewsBot.Eval.Sources;

namespace NewsBot.Eval;

/// <summary>
/// Runs NewsBot's real feed parsing and page extraction over the shared corpus and prints, per corpus, cases run,
/// passed, crashed and time. Options: --verbose lists every failure.
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

        var verbose = options.Contains("--verbose");
        var tallies = new List<CorpusTally> { FeedparserCorpus.Run(corpus, verbose) };
        foreach (var tally in tallies) tally.Print();
        return Task.FromResult(tallies.Sum(t => t.Crashed + t.Hung) == 0 ? 0 : 1);
    }
}
