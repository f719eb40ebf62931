namespace NewsBot.Eval.Summaries;

/// <summary>Ridge regression without intercept, solved exactly from the normal equations: deterministic, no tuning.</summary>
public static class LinearRegression
{
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> targets, double l2 = 1.0)
    {
        var d = rows[0].Length;
        var a = new double[d, d];
        var b = new double[d];
        for (var r = 0; r < rows.Count; r++)
        {
            var x = rows[r];
            for (var i = 0; i < d; i++)
            {
                b[i] += x[i] * targets[r];
                for (var j = 0; j <= i; j++) a[i, j] += x[i] * x[j];
            }
        }

        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < i; j++) a[j, i] = a[i, j];
            a[i, i] += l2;
        }

        return LogisticRegression.Solve(a, b);
    }
}
