namespace NewsBot.Eval;

/// <summary>ROUGE of NewsBot's summaries against IndoSum (filled in by the summaries work).</summary>
public static class SummariesEvaluation
{
    public static Task<int> RunAsync(string corpus, string[] options)
    {
        Console.Error.WriteLine($"The summaries evaluation is not written yet (corpus {corpus}, {options.Length} options).");
        return Task.FromResult(1);
    }
}
