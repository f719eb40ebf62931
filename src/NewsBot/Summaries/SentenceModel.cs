namespace NewsBot.Summaries;

/// <summary>
/// A logistic regression over <see cref="SentenceFeatures"/> plus boosted regression trees that correct it where features
/// interact (position with length, with overlap, ...): the higher the score, the likelier the sentence belongs in a
/// summary. <see cref="Trained"/> holds the weights and trees learnt from IndoSum by the evaluation tool's train command.
/// </summary>
public sealed class SentenceModel
{
    private readonly double[] weights;
    private readonly RegressionTree[] trees;

    /// <param name="weights">One weight per <see cref="SentenceFeatures.Names"/>.</param>
    /// <param name="trees">Trees over the same features whose values are added to the linear score; none by default.</param>
    public SentenceModel(IReadOnlyList<double> weights, IReadOnlyList<RegressionTree>? trees = null)
    {
        if (weights.Count != SentenceFeatures.Names.Length)
            throw new ArgumentException($"Expected {SentenceFeatures.Names.Length} weights, got {weights.Count}.", nameof(weights));
        if (trees?.SelectMany(t => t.Nodes).Any(n => n.Feature >= weights.Count) == true)
            throw new ArgumentException("A tree tests a feature the model does not have.", nameof(trees));
        this.weights = [.. weights];
        this.trees = trees is null ? [] : [.. trees];
    }

    public static SentenceModel Trained { get; } = new(SentenceModelWeights.Values, SentenceModelWeights.Trees);

    public IReadOnlyList<double> Weights => weights;

    public IReadOnlyList<RegressionTree> Trees => trees;

    /// <summary>The log-odds that the sentence is a summary sentence (ranking needs no sigmoid).</summary>
    public double Score(double[] features)
    {
        var score = 0.0;
        for (var i = 0; i < weights.Length; i++) score += weights[i] * features[i];
        foreach (var tree in trees) score += tree.Value(features);
        return score;
    }
}
