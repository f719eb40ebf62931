using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class SentenceModelTests
{
    private static readonly RegressionTree Tree = new(
    [
        new(1, 0.5, 1, 2, 0),
        new(-1, 0, -1, -1, -0.25),
        new(-1, 0, -1, -1, 0.75),
    ]);

    [Fact]
    public void A_tree_sends_values_at_or_below_the_threshold_left()
    {
        Assert.Equal(-0.25, Tree.Value([1, 0.5]));
        Assert.Equal(0.75, Tree.Value([1, 0.51]));
    }

    [Fact]
    public void The_score_is_the_linear_part_plus_every_tree()
    {
        var weights = new double[SentenceFeatures.Names.Length];
        weights[0] = 2;
        var features = new double[SentenceFeatures.Names.Length];
        features[0] = 1;
        features[1] = 1;

        Assert.Equal(2 + 2 * 0.75, new SentenceModel(weights, [Tree, Tree]).Score(features), 12);
        Assert.Equal(2, new SentenceModel(weights).Score(features), 12);
    }

    [Fact]
    public void The_shipped_model_has_its_trees() => Assert.NotEmpty(SentenceModel.Trained.Trees);

    [Fact]
    public void A_tree_on_a_missing_feature_is_refused() =>
        Assert.Throws<ArgumentException>(() => new SentenceModel(new double[SentenceFeatures.Names.Length],
            [new RegressionTree([new(SentenceFeatures.Names.Length, 0, 1, 2, 0), new(-1, 0, -1, -1, 0), new(-1, 0, -1, -1, 0)])]));
}
