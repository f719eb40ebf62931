using System.Text.RegularExpressions;

namespace NewsBot.Eval.Sources;

/// <summary>Precision, recall and F1 of 4-word shingles, as in the scrapinghub article-extraction benchmark.</summary>
internal static partial class Shingles
{
    public static (double Precision, double Recall, double F1) Score(string extracted, string expected)
    {
        var got = Of(extracted);
        var want = Of(expected);
        if (got.Count == 0 && want.Count == 0) return (1, 1, 1);
        if (got.Count == 0 || want.Count == 0) return (0, 0, 0);
        var common = got.Intersect(want).Count();
        var precision = (double)common / got.Count;
        var recall = (double)common / want.Count;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static HashSet<string> Of(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= words.Count; i++) set.Add(string.Join(' ', words.GetRange(i, 4)));
        if (words.Count is > 0 and < 4) set.Add(string.Join(' ', words));
        return set;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
