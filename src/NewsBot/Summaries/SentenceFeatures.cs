using NewsBot.Text;

namespace NewsBot.Summaries;

/// <summary>
/// What the sentence model sees of each sentence: where it stands, how long it is, how much of the title and of the
/// whole article it repeats, and signs that it is a quote, a question or page furniture rather than news.
/// </summary>
public static class SentenceFeatures
{
    public static readonly string[] Names =
    [
        "bias", "first", "second", "third", "inverse-position", "relative-position", "first-paragraph",
        "opens-paragraph", "log-words", "short", "long", "title-overlap", "centroid-cosine", "first-sentence-cosine",
        "digit-share", "quote", "question", "boilerplate", "log-sentences", "lead-title-overlap", "fragment",
        "fourth", "fifth", "index-in-paragraph", "length-share", "lead-centroid-cosine", "later-first-cosine",
        "previous-cosine", "title-overlap-squared", "centroid-cosine-squared", "first-log-words",
    ];

    /// <summary>One feature vector per sentence, in the order of <see cref="Names"/>.</summary>
    public static double[][] Compute(IReadOnlyList<string> sentences, IReadOnlyList<int> paragraphOf, string? title)
    {
        var tokens = sentences.Select(IndonesianWords.Tokens).ToList();
        var bags = tokens.Select(t => Bag(IndonesianWords.ContentWords(t))).ToList();
        var centroid = Bag(IndonesianWords.ContentWords(tokens.SelectMany(t => t)));
        var titleWords = IndonesianWords.ContentWords(IndonesianWords.Tokens(title ?? "")).ToHashSet(StringComparer.Ordinal);
        var n = sentences.Count;
        var longest = Math.Max(1, tokens.Max(t => t.Count));
        var features = new double[n][];
        var inParagraph = 0;
        for (var i = 0; i < n; i++)
        {
            var words = tokens[i].Count;
            var titleOverlap = titleWords.Count == 0 ? 0 : (double)titleWords.Count(bags[i].ContainsKey) / titleWords.Count;
            var text = sentences[i];
            inParagraph = i == 0 || paragraphOf[i] != paragraphOf[i - 1] ? 0 : inParagraph + 1;
            var centroid_i = Cosine(bags[i], centroid);
            var firstCosine = i == 0 ? 0 : Cosine(bags[i], bags[0]);
            features[i] =
            [
                1, i == 0 ? 1 : 0, i == 1 ? 1 : 0, i == 2 ? 1 : 0, 1.0 / (i + 1), n <= 1 ? 0 : (double)i / (n - 1),
                paragraphOf[i] == 0 ? 1 : 0, i == 0 || paragraphOf[i] != paragraphOf[i - 1] ? 1 : 0,
                Math.Log(1 + words), words < 6 ? 1 : 0, words > 45 ? 1 : 0, titleOverlap, Cosine(bags[i], centroid),
                i == 0 ? 0 : Cosine(bags[i], bags[0]), words == 0 ? 0 : (double)tokens[i].Count(t => char.IsDigit(t[0])) / words,
                text.IndexOfAny(['"', '“', '”']) >= 0 ? 1 : 0, text.TrimEnd().EndsWith('?') ? 1 : 0,
                ArticleTextCleaner.LooksLikeBoilerplate(text) ? 1 : 0, Math.Log(1 + n), i < 3 ? titleOverlap : 0,
                text.Length > 0 && (char.IsLower(text[0]) || char.IsPunctuation(text[0]) && text[0] is not ('"' or '“')) ? 1 : 0,
                i == 3 ? 1 : 0, i == 4 ? 1 : 0, Math.Min(inParagraph, 5), (double)words / longest,
                i < 3 ? centroid_i : 0, i >= 3 ? firstCosine : 0, i == 0 ? 0 : Cosine(bags[i], bags[i - 1]),
                titleOverlap * titleOverlap, centroid_i * centroid_i, i == 0 ? Math.Log(1 + words) : 0,
            ];
        }

        return features;
    }

    private static Dictionary<string, int> Bag(IEnumerable<string> words)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words) bag[word] = bag.GetValueOrDefault(word) + 1;
        return bag;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        double dot = a.Sum(p => (double)p.Value * b.GetValueOrDefault(p.Key));
        double normA = Math.Sqrt(a.Values.Sum(v => (double)v * v)), normB = Math.Sqrt(b.Values.Sum(v => (double)v * v));
        return dot / (normA * normB);
    }
}
