namespace NewsBot.Summaries;

/// <summary>A small regression tree over sentence features: inner nodes test feature &lt;= threshold, leaves hold a value.</summary>
public sealed class RegressionTree(RegressionTree.Node[] nodes)
{
    /// <summary>Feature -1 marks a leaf; otherwise values &lt;= <see cref="Threshold"/> go to <see cref="Left"/>.</summary>
    public readonly record struct Node(int Feature, double Threshold, int Left, int Right, double Value);

    public IReadOnlyList<Node> Nodes => nodes;

    public double Value(double[] features)
    {
        var i = 0;
        while (nodes[i].Feature >= 0) i = features[nodes[i].Feature] <= nodes[i].Threshold ? nodes[i].Left : nodes[i].Right;
        return nodes[i].Value;
    }
}
