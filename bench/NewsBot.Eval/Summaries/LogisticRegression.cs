namespace NewsBot.Eval.Summaries;

/// <summary>
/// Fits logistic regression weights by Newton's method (IRLS) with a small L2 penalty: a few dozen features and tens of
/// thousands of sentences converge in a handful of exact steps, with no learning rate to tune and a deterministic result.
/// </summary>
public static class LogisticRegression
{
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> labels, double l2 = 1.0, int iterations = 25)
    {
        var d = rows[0].Length;
        var w = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var r = 0; r < rows.Count; r++)
            {
                var x = rows[r];
                var p = Sigmoid(Dot(w, x));
                var error = p - labels[r];
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += error * x[i];
                    for (var j = 0; j <= i; j++) hessian[i, j] += curvature * x[i] * x[j];
                }
            }

            // The bias (feature 0) is not penalised.
            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j < i; j++) hessian[j, i] = hessian[i, j];
                if (i == 0) continue;
                gradient[i] += l2 * w[i];
                hessian[i, i] += l2;
            }

            var step = Solve(hessian, gradient);
            for (var i = 0; i < d; i++) w[i] -= step[i];
            if (step.Max(Math.Abs) < 1e-8) break;
        }

        return w;
    }

    private static double Dot(double[] w, double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++) sum += w[i] * x[i];
        return sum;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Gaussian elimination with partial pivoting; the L2 term keeps the matrix well conditioned.</summary>
    internal static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            for (var c = 0; c < n; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < n; c++) m[r, c] -= factor * m[col, c];
                v[r] -= factor * v[col];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var c = r + 1; c < n; c++) sum -= m[r, c] * x[c];
            x[r] = sum / m[r, r];
        }

        return x;
    }
}
