using System.Globalization;
using System.Text;
using NewsBot.Summaries;

namespace NewsBot.Eval.Summaries;

/// <summary>Fits the sentence model on every IndoSum article available and writes the weights the bot ships with.</summary>
public static class SentenceModelTraining
{
    public static int Run(IndoSumFolds folds, string weightsPath)
    {
        var articles = folds.AllArticles();
        var model = SummarySystems.Train(articles);
        File.WriteAllText(weightsPath, Source(model, articles.Count));
        Console.WriteLine($"Trained on {articles.Count} articles; wrote {weightsPath}");
        for (var i = 0; i < model.Weights.Count; i++)
            Console.WriteLine($"  {SentenceFeatures.Names[i],-24} {model.Weights[i],9:F4}");
        return 0;
    }

    private static string Source(SentenceModel model, int articleCount)
    {
        var code = new StringBuilder();
        code.AppendLine("namespace NewsBot.Summaries;").AppendLine();
        code.AppendLine("/// <summary>");
        code.AppendLine($"/// Logistic regression weights over <see cref=\"SentenceFeatures.Names\"/> and {model.Trees.Count} boosted trees of depth {SummarySystems.TreeDepth}");
        code.AppendLine($"/// (shrinkage {SummarySystems.TreeRate.ToString(CultureInfo.InvariantCulture)}) added to them, fitted on {articleCount} IndoSum articles by");
        code.AppendLine("/// `dotnet run -c Release --project bench/NewsBot.Eval -- summaries ../shared/corpus --train`. Generated: do not edit.");
        code.AppendLine("/// </summary>");
        code.AppendLine("internal static class SentenceModelWeights");
        code.AppendLine("{");
        code.AppendLine("    public static readonly double[] Values =");
        code.AppendLine("    [");
        for (var i = 0; i < model.Weights.Count; i++)
            code.AppendLine(CultureInfo.InvariantCulture, $"        {model.Weights[i].ToString("R", CultureInfo.InvariantCulture)}, // {SentenceFeatures.Names[i]}");
        code.AppendLine("    ];");
        code.AppendLine();
        code.AppendLine("    /// <summary>Node: feature (-1 = leaf), threshold (feature &lt;= threshold goes left), left, right, leaf value.</summary>");
        code.AppendLine("    public static readonly RegressionTree[] Trees =");
        code.AppendLine("    [");
        foreach (var tree in model.Trees)
        {
            code.Append("        new([");
            code.AppendJoin(", ", tree.Nodes.Select(n => n.Feature < 0
                ? string.Create(CultureInfo.InvariantCulture, $"new(-1, 0, -1, -1, {n.Value:R})")
                : string.Create(CultureInfo.InvariantCulture, $"new({n.Feature}, {n.Threshold:R}, {n.Left}, {n.Right}, 0)")));
            code.AppendLine("]),");
        }

        code.AppendLine("    ];");
        code.AppendLine("}");
        return code.ToString();
    }
}
