namespace NewsBot.Summaries;

/// <summary>
/// A logistic regression over <see cref="SentenceFeatures"/>: the higher the score, the likelier the sentence belongs in
/// a summary. <see cref="Trained"/> holds the weights learnt from IndoSum by the evaluation tool's train command.
/// </summary>
public sealed class SentenceModel
{
    private readonly double[] weights;

    public SentenceModel(IReadOnlyList<double> weights)
    {
        if (weights.Count != SentenceFeatures.Names.Length)
            throw new ArgumentException($"Expected {SentenceFeatures.Names.Length} weights, got {weights.Count}.", nameof(weights));
        this.weights = [.. weights];
    }

    public static SentenceModel Trained { get; } = new(SentenceModelWeights.Values);

    public IReadOnlyList<double> Weights => weights;

    /// <summary>The log-odds that the sentence is a summary sentence (ranking needs no sigmoid).</summary>
    public double Score(double[] features)
    {
        var score = 0.0;
        for (var i = 0; i < weights.Length; i++) score += weights[i] * features[i];
        return score;
    }
}
