namespace NewsBot.Summaries;

/// <summary>
/// The lead of the article within a length budget: news is written with the essentials first, so the opening
/// sentences are a strong, cheap and deterministic summary.
/// </summary>
public sealed class LeadSummarizer
{
    private readonly SentenceSplitter _splitter = new();
    private readonly ArticleTextCleaner _cleaner = new();

    /// <summary>Whole lead sentences up to <paramref name="maxChars"/>; a first sentence longer than that is cut at a word.</summary>
    public string Summarize(string plainText, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var sentences = _splitter.Split(_cleaner.Clean(plainText ?? ""));
        if (sentences.Count == 0) return "";
        if (sentences[0].Length > maxChars) return SummaryText.Cut(sentences[0], maxChars);

        var summary = sentences[0];
        foreach (var sentence in sentences.Skip(1))
        {
            if (summary.Length + 1 + sentence.Length > maxChars) break;
            summary += " " + sentence;
        }

        return summary;
    }
}
