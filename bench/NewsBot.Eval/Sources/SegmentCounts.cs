using System.Text.RegularExpressions;

namespace NewsBot.Eval.Sources;

/// <summary>
/// Segment scoring as boilerplate-removal evaluations with must / must-not annotations do it: a must segment found in
/// the output is a true positive, one missing a false negative; a must-not segment found is a false positive.
/// Counts are pooled over a set's pages. Segments and output are compared as lower-case word sequences, so
/// punctuation, spacing and line breaks do not decide a match.
/// </summary>
internal sealed partial class SegmentCounts
{
    public int TruePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int FalsePositives { get; private set; }
    public int TrueNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public bool Any => TruePositives + FalseNegatives + FalsePositives + TrueNegatives > 0;

    /// <summary>Scores one page's output against its segments; returns (must found, must-not found) for the page.</summary>
    public (int MustFound, int MustNotFound) Add(string output, IReadOnlyList<string> must, IReadOnlyList<string> mustNot)
    {
        var text = $" {Words(output)} ";
        var found = must.Count(s => Contains(text, s));
        var leaked = mustNot.Count(s => Contains(text, s));
        TruePositives += found;
        FalseNegatives += must.Count - found;
        FalsePositives += leaked;
        TrueNegatives += mustNot.Count - leaked;
        return (found, leaked);
    }

    public static string Words(string text) => string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    /// <summary>
    /// The segment's last word may run on in the output: some sets cut their segments at a fixed length, mid-word
    /// (in Chinese or Japanese, a run of characters is one word to \w+).
    /// </summary>
    private static bool Contains(string paddedOutput, string segment) =>
        Words(segment) is { Length: > 0 } words && paddedOutput.Contains($" {words}", StringComparison.Ordinal);

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
