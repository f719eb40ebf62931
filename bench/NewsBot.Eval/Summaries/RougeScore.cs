namespace NewsBot.Eval.Summaries;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L F1 of one summary (0..1), or a mean of many.</summary>
public sealed record RougeScore(double Rouge1, double Rouge2, double RougeL)
{
    public static RougeScore Mean(IReadOnlyCollection<RougeScore> scores) =>
        scores.Count == 0
            ? new RougeScore(0, 0, 0)
            : new RougeScore(scores.Average(s => s.Rouge1), scores.Average(s => s.Rouge2), scores.Average(s => s.RougeL));

    public override string ToString() => $"{100 * Rouge1,6:F2} {100 * Rouge2,6:F2} {100 * RougeL,6:F2}";
}
