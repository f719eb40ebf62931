namespace NewsBot.Summaries;

/// <summary>Placeholder weights (lead first) until the train command writes the learnt ones.</summary>
internal static class SentenceModelWeights
{
    public static readonly double[] Values =
    [
        0, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
}
