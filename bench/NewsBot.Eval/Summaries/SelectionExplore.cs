using NewsBot.Summaries;

namespace NewsBot.Eval.Summaries;

/// <summary>Scratch comparison of ways to choose the three sentences, on held-out folds.</summary>
public static class SelectionExplore
{
    private sealed record Candidate(int[] Set, double[] Features, RougeScore Rouge);

    public static int Run(IndoSumFolds folds)
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_DUMP") == "1")
        {
            foreach (var group in folds.AllArticles().GroupBy(a => a.Id.Length % 1 == 0 ? SummarySystems.Sentences(a)[0].Split(' ').Take(2).Aggregate((x, y) => x + " " + y) : ""))
            {
                var a = group.First();
                var first = SummarySystems.Sentences(a)[0];
                Console.WriteLine($"{group.Count(),4} | {first[..Math.Min(70, first.Length)]} => {Cleaner.Clean(first)[..Math.Min(50, Cleaner.Clean(first).Length)]} || REF: {string.Join(' ', a.Summary[0].Take(10))}");
            }

            return 0;
        }

        foreach (var fold in folds.Folds)
        {
            var (rows, gold) = SummarySystems.TrainingRows(fold.Learn);
            var precision = SentenceTargets(fold.Learn, t => t.Precision);
            var f1 = SentenceTargets(fold.Learn, t => t.F1);
            var linear = new SentenceModel(LogisticRegression.Fit(rows, gold));
            var baseMargin = rows.Select(linear.Score).ToList();
            var prior = Math.Log(gold.Average() / (1 - gold.Average()));
            var models = new List<(string, SentenceModel)> { ("lr", linear) };
            foreach (var (rounds, depth, rate) in new[] { (300, 2, 0.05) })
            {
                models.Add(($"lr+gb{rounds}x{depth}@{rate}", new SentenceModel(linear.Weights, null, GradientBoosting.Fit(rows, gold, baseMargin, rounds, depth, rate))));
                var zero = new double[linear.Weights.Count];
                zero[0] = prior;
                if (rounds < 0) models.Add(($"gb{rounds}x{depth}@{rate}", new SentenceModel(zero, null, GradientBoosting.Fit(rows, gold, rows.Select(_ => prior).ToList(), rounds * 3, depth, rate))));
            }

            foreach (var (name, model) in models)
            {
                var c = Candidates(fold.Scored, model);
                Console.WriteLine($"{fold.Name} {name,-20}: top-by-sum     {Mean(c, c => c.OrderByDescending(x => x.Features[0]).First())}");
            }

            if (Environment.GetEnvironmentVariable("NEWSBOT_SETS") != "1") continue;
            var sentenceModel = models[1].Item2;
            var learn = Candidates(fold.Learn, sentenceModel);
            var scored = Candidates(fold.Scored, sentenceModel);
            Console.WriteLine($"{fold.Name}: top-by-sum     {Mean(scored, c => c.OrderByDescending(x => x.Features[0]).First())}");
            void Try(string name, List<List<Candidate>> train, Func<double[], double[]> project)
            {
                var p = train.Select(c => c.Select(x => x with { Features = project(x.Features) }).ToList()).ToList();
                var (setRows, targets) = Centered(p, r => 100 * r.Rouge1);
                var w = LinearRegression.Fit(setRows, targets, 1);
                var result = Mean(scored, c => c.OrderByDescending(x => SummarySelection.Score(w, project(x.Features))).First());
                Console.WriteLine($"{fold.Name} {name,-22} {result}   w=[{string.Join(", ", w.Select(v => v.ToString("F2")))}]");
            }

            Try("all", learn, f => f);
            foreach (var top in new[] { 5, 10, 20 })
                Try($"top{top}", learn.Select(c => c.OrderByDescending(x => x.Features[0]).Take(top).ToList()).ToList(), f => f);
            for (var drop = 0; drop < SummarySelection.Names.Length; drop++)
            {
                var d = drop;
                Try($"-{SummarySelection.Names[d]}", learn, f => f.Where((_, i) => i != d).ToArray());
            }
        }

        return 0;
    }

    private static List<double> SentenceTargets(IReadOnlyList<IndoSumArticle> articles, Func<(double Precision, double Recall, double F1), double> pick) =>
        articles.SelectMany(a => SummarySystems.Sentences(a).Select(s => pick(RougeScorer.SentenceUnigrams(IndoSumText.Tokens(Cleaner.Clean(s)), a.Summary)))).ToList();

    private static RougeScore Mean(List<List<Candidate>> articles, Func<List<Candidate>, Candidate> pick) =>
        RougeScore.Mean(articles.Where(c => c.Count > 0).Select(c => pick(c).Rouge).ToList());

    private static (List<double[]>, List<double>) Centered(List<List<Candidate>> articles, Func<RougeScore, double> target)
    {
        var rows = new List<double[]>();
        var targets = new List<double>();
        foreach (var c in articles.Where(c => c.Count > 0))
        {
            var mean = c.Average(x => target(x.Rouge));
            rows.AddRange(c.Select(x => x.Features));
            targets.AddRange(c.Select(x => target(x.Rouge) - mean));
        }

        return (rows, targets);
    }

    /// <summary>Softmax over an article's candidates, target distribution softmax(R-1 x100 / T); Newton steps.</summary>
    private static double[] ConditionalLogit(List<List<Candidate>> articles, double temperature, double l2)
    {
        var d = articles.First(c => c.Count > 0)[0].Features.Length;
        var w = new double[d];
        for (var iteration = 0; iteration < 30; iteration++)
        {
            var g = new double[d];
            var h = new double[d, d];
            foreach (var c in articles.Where(c => c.Count > 1))
            {
                var t = Softmax(c.Select(x => 100 * x.Rouge.Rouge1 / temperature).ToArray());
                var p = Softmax(c.Select(x => SummarySelection.Score(w, x.Features)).ToArray());
                var mean = new double[d];
                for (var k = 0; k < c.Count; k++)
                for (var i = 0; i < d; i++) mean[i] += p[k] * c[k].Features[i];
                for (var k = 0; k < c.Count; k++)
                {
                    var x = c[k].Features;
                    for (var i = 0; i < d; i++)
                    {
                        g[i] += (p[k] - t[k]) * x[i];
                        for (var j = 0; j < d; j++) h[i, j] += p[k] * (x[i] - mean[i]) * (x[j] - mean[j]);
                    }
                }
            }

            for (var i = 0; i < d; i++)
            {
                g[i] += l2 * w[i];
                h[i, i] += l2;
            }

            var step = LogisticRegression.Solve(h, g);
            for (var i = 0; i < d; i++) w[i] -= step[i];
            if (step.Max(Math.Abs) < 1e-7) break;
        }

        return w;
    }

    private static double[] Softmax(double[] z)
    {
        var max = z.Max();
        var e = z.Select(v => Math.Exp(v - max)).ToArray();
        var s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }

    private static List<List<Candidate>> Candidates(IReadOnlyList<IndoSumArticle> articles, SentenceModel model) =>
        articles.AsParallel().AsOrdered().Select(article =>
        {
            var sentences = SummarySystems.Sentences(article);
            var analysis = SentenceFeatures.Analyze(sentences, article.ParagraphOf, article.TitleFromId());
            var scores = analysis.Features.Select(model.Score).ToArray();
            var pool = SummarySelection.Pool(scores, i => !ArticleTextCleaner.LooksLikeBoilerplate(sentences[i]));
            var cleaned = sentences.Select(s => IndoSumText.Tokens(Cleaner.Clean(s))).ToList();
            return SummarySelection.Combinations(pool, Math.Min(3, pool.Length))
                .Select(set => new Candidate(set, SummarySelection.Features(set, analysis, scores, sentences),
                    RougeScorer.Score(set.Select(i => cleaned[i]), article.Summary)))
                .ToList();
        }).ToList();

    private static readonly ArticleTextCleaner Cleaner = new();
}
