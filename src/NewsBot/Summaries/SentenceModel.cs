namespace NewsBot.Summaries;

/// <summary>
/// A logistic regression over <see cref="SentenceFeatures"/>: the higher the score, the likelier the sentence belongs in
/// a summary. <see cref="Trained"/> holds the weights learnt from IndoSum by the evaluation tool's train command.
/// </summary>
public sealed class SentenceModel
{
    private readonly double[] weights;
    private readonly double[]? selectionWeights;

    /// <param name="weights">One weight per <see cref="SentenceFeatures.Names"/>.</param>
    /// <param name="selectionWeights">
    /// One weight per <see cref="SummarySelection.Names"/> to choose the summary as a whole; without them the best-scored
    /// sentences are taken one by one.
    /// </param>
    /// <param name="trees">Boosted trees whose values are added to the linear score (interactions the weights miss).</param>
    public SentenceModel(IReadOnlyList<double> weights, IReadOnlyList<double>? selectionWeights = null, IReadOnlyList<RegressionTree>? trees = null)
    {
        if (weights.Count != SentenceFeatures.Names.Length)
            throw new ArgumentException($"Expected {SentenceFeatures.Names.Length} weights, got {weights.Count}.", nameof(weights));
        if (selectionWeights is not null && selectionWeights.Count != SummarySelection.Names.Length)
            throw new ArgumentException($"Expected {SummarySelection.Names.Length} selection weights, got {selectionWeights.Count}.", nameof(selectionWeights));
        this.weights = [.. weights];
        this.selectionWeights = selectionWeights is null ? null : [.. selectionWeights];
        this.trees = trees is null ? [] : [.. trees];
    }

    private readonly RegressionTree[] trees;

    public IReadOnlyList<RegressionTree> Trees => trees;

    public static SentenceModel Trained { get; } = new(SentenceModelWeights.Values, SentenceModelWeights.Selection, SentenceModelWeights.Trees);

    public IReadOnlyList<double> Weights => weights;

    public IReadOnlyList<double>? SelectionWeights => selectionWeights;

    /// <summary>The log-odds that the sentence is a summary sentence (ranking needs no sigmoid).</summary>
    public double Score(double[] features)
    {
        var score = 0.0;
        for (var i = 0; i < weights.Length; i++) score += weights[i] * features[i];
        foreach (var tree in trees) score += tree.Value(features);
        return score;
    }
}
