using NewsBot.Text;

namespace NewsBot.Extraction.Tagging;

/// <summary>
/// The admin's keyword rules, stemmed once: a rule fires when all words of one of its keywords occur in the article,
/// in order and next to each other, after both sides are stemmed.
/// </summary>
public sealed class KeywordRuleMatcher
{
    private readonly List<(string Tag, string[] Stems)> keywords;

    public KeywordRuleMatcher(IReadOnlyDictionary<string, List<string>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        keywords = rules
            .SelectMany(rule => rule.Value.Select(keyword => (Tag: TagSlug.Normalize(rule.Key), Stems: StemAll(keyword))))
            .Where(k => k.Tag is not null && k.Stems.Length > 0)
            .Select(k => (k.Tag!, k.Stems))
            .ToList();
    }

    /// <summary>The tags whose rules match the title or the text, each once, in the order the rules were given.</summary>
    public IReadOnlyList<string> Match(string? title, string? text)
    {
        if (keywords.Count == 0) return [];
        var stems = StemAll($"{title}\n{text}");
        var present = stems.ToHashSet(StringComparer.Ordinal);
        return keywords
            .Where(k => k.Stems.All(present.Contains) && (k.Stems.Length == 1 || ContainsRun(stems, k.Stems)))
            .Select(k => k.Tag)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string[] StemAll(string text) =>
        IndonesianWords.Tokens(text).Select(IndonesianWordStemmer.Stem).ToArray();

    private static bool ContainsRun(string[] stems, string[] run)
    {
        for (var i = 0; i + run.Length <= stems.Length; i++)
        {
            if (stems.AsSpan(i, run.Length).SequenceEqual(run)) return true;
        }

        return false;
    }
}
