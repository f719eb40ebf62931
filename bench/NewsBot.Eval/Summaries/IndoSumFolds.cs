namespace NewsBot.Eval.Summaries;

/// <summary>
/// The IndoSum fold files found in the corpus folder, and for each evaluated fold the articles a model may learn from.
/// With the official test files present, fold X is scored on test.0X and trained on train.0X + dev.0X. Where only dev
/// files are present (the shared corpus today), dev.0X is scored by a model trained on the other dev folds, with every
/// article that also occurs in dev.0X removed, so no scored article was ever seen in training.
/// </summary>
public sealed record IndoSumFolds(IReadOnlyList<IndoSumFold> Folds)
{
    public static IndoSumFolds Load(string corpus)
    {
        var folder = Path.Combine(corpus, "summarization", "indosum");
        if (!Directory.Exists(folder)) folder = corpus;
        var folds = new List<IndoSumFold>();
        for (var x = 1; x <= 5; x++)
        {
            var test = Path.Combine(folder, $"test.0{x}.jsonl");
            var dev = Path.Combine(folder, $"dev.0{x}.jsonl");
            var train = Path.Combine(folder, $"train.0{x}.jsonl");
            if (File.Exists(test))
            {
                var learn = new[] { train, dev }.Where(File.Exists).SelectMany(IndoSumArticle.ReadFold).ToList();
                folds.Add(new IndoSumFold($"test.0{x}", IndoSumArticle.ReadFold(test), learn));
            }
            else if (File.Exists(dev))
            {
                folds.Add(new IndoSumFold($"dev.0{x}", IndoSumArticle.ReadFold(dev), []));
            }
        }

        if (folds.Count == 0) throw new FileNotFoundException($"No IndoSum dev.0X or test.0X files under {folder}.");
        return new IndoSumFolds(folds.Select(f => f.Learn.Count > 0 ? f : f with { Learn = OtherFolds(folds, f) }).ToList());
    }

    /// <summary>Every distinct article of all folds, for training the weights that ship.</summary>
    public IReadOnlyList<IndoSumArticle> AllArticles() =>
        Folds.SelectMany(f => f.Scored.Concat(f.Learn)).DistinctBy(a => a.Id).ToList();

    private static List<IndoSumArticle> OtherFolds(List<IndoSumFold> folds, IndoSumFold scored)
    {
        var held = scored.Scored.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return folds.Where(f => f != scored).SelectMany(f => f.Scored)
            .Where(a => !held.Contains(a.Id)).DistinctBy(a => a.Id).ToList();
    }
}
