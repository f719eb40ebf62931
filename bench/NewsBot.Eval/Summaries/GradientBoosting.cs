using NewsBot.Summaries;

namespace NewsBot.Eval.Summaries;

/// <summary>
/// Gradient-boosted shallow trees for the logistic loss (second-order leaf values, histogram splits on at most 32
/// quantile thresholds per feature), added to a base margin. Deterministic: fixed thresholds, ties keep the lower
/// feature and threshold, no sampling.
/// </summary>
public static class GradientBoosting
{
    public static RegressionTree[] Fit(
        IReadOnlyList<double[]> rows, IReadOnlyList<double> labels, IReadOnlyList<double> baseMargin,
        int rounds = 150, int depth = 2, double rate = 0.1, double lambda = 10, double minHessian = 5)
    {
        var n = rows.Count;
        var d = rows[0].Length;
        var thresholds = new double[d][];
        var bins = new byte[n, d];
        for (var f = 0; f < d; f++)
        {
            var sorted = rows.Select(r => r[f]).Order().ToArray();
            var values = sorted.Distinct().ToArray();
            var cuts = values.Length <= 33
                ? values.Zip(values.Skip(1), (a, b) => (a + b) / 2).ToArray()
                : Enumerable.Range(1, 32).Select(k => sorted[k * n / 33]).Distinct().Where(v => v < sorted[^1]).ToArray();
            thresholds[f] = cuts;
            for (var r = 0; r < n; r++)
            {
                var b = 0;
                while (b < cuts.Length && rows[r][f] > cuts[b]) b++;
                bins[r, f] = (byte)b;
            }
        }

        var margin = baseMargin.ToArray();
        var trees = new List<RegressionTree>();
        var g = new double[n];
        var h = new double[n];
        for (var round = 0; round < rounds; round++)
        {
            for (var r = 0; r < n; r++)
            {
                var p = 1 / (1 + Math.Exp(-margin[r]));
                g[r] = p - labels[r];
                h[r] = Math.Max(p * (1 - p), 1e-9);
            }

            var nodes = new List<RegressionTree.Node>();
            Grow(Enumerable.Range(0, n).ToArray(), 0);
            var tree = new RegressionTree([.. nodes]);
            trees.Add(tree);
            for (var r = 0; r < n; r++) margin[r] += tree.Value(rows[r]);

            int Grow(int[] members, int level)
            {
                double G = 0, H = 0;
                foreach (var r in members) { G += g[r]; H += h[r]; }
                var index = nodes.Count;
                nodes.Add(new RegressionTree.Node(-1, 0, -1, -1, -rate * G / (H + lambda)));
                if (level == depth) return index;
                var parent = G * G / (H + lambda);
                (int Feature, int Bin, double Gain) best = (-1, -1, 1e-6);
                for (var f = 0; f < d; f++)
                {
                    var cuts = thresholds[f].Length;
                    if (cuts == 0) continue;
                    var hg = new double[cuts + 1];
                    var hh = new double[cuts + 1];
                    foreach (var r in members) { hg[bins[r, f]] += g[r]; hh[bins[r, f]] += h[r]; }
                    double gl = 0, hl = 0;
                    for (var b = 0; b < cuts; b++)
                    {
                        gl += hg[b]; hl += hh[b];
                        double gr = G - gl, hr = H - hl;
                        if (hl < minHessian || hr < minHessian) continue;
                        var gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                        if (gain > best.Gain) best = (f, b, gain);
                    }
                }

                if (best.Feature < 0) return index;
                var left = members.Where(r => bins[r, best.Feature] <= best.Bin).ToArray();
                var right = members.Where(r => bins[r, best.Feature] > best.Bin).ToArray();
                var l = Grow(left, level + 1);
                var rr = Grow(right, level + 1);
                nodes[index] = new RegressionTree.Node(best.Feature, thresholds[best.Feature][best.Bin], l, rr, 0);
                return index;
            }
        }

        return [.. trees];
    }
}
