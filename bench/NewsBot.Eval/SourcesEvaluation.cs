namespace NewsBot.Eval;

/// <summary>Feed and page parsing over the corpus (filled in by the sources work).</summary>
public static class SourcesEvaluation
{
    public static Task<int> RunAsync(string corpus, string[] options)
    {
        Console.Error.WriteLine($"The sources evaluation is not written yet (corpus {corpus}, {options.Length} options).");
        return Task.FromResult(1);
    }
}
