namespace NewsBot.Summaries;

/// <summary>
/// The lead of the article within a length budget: news is written with the essentials first, so the opening
/// sentences are a strong, cheap and deterministic summary.
/// </summary>
public sealed class LeadSummarizer
{
    private readonly SentenceSplitter _splitter = new();
    private readonly ArticleTextCleaner _cleaner = new();

    /// <summary>
    /// Whole lead sentences up to <paramref name="maxChars"/>, without furniture or fragments, and without a sentence
    /// that leans on one left out ("Namun ..." after a skipped heading); a first sentence longer than the budget is cut
    /// at a word.
    /// </summary>
    public string Summarize(string plainText, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var sentences = _splitter.Split(_cleaner.Clean(plainText ?? ""));
        if (sentences.Count == 0) return "";

        var kept = new List<string>();
        var length = -1;
        var previous = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (ArticleTextCleaner.LooksLikeBoilerplate(sentence) || SentenceFragment.IsFragment(sentence)) continue;
            if (i > 0 && previous != i - 1 && LeaningSentence.LeansOnPrevious(sentence)) continue;
            // A pronoun needs someone named before it: the lead kept, or its own predecessor.
            if (i > 0 && kept.Count == 0 && LeaningSentence.OpensWithPronoun(sentence)) continue;
            if (length + 1 + sentence.Length > maxChars)
            {
                if (kept.Count == 0) return SummaryText.Cut(sentence, maxChars);
                break;
            }

            kept.Add(sentence);
            length += 1 + sentence.Length;
            previous = i;
        }

        return kept.Count > 0 ? string.Join(" ", kept) : SummaryText.Cut(sentences[0], maxChars);
    }
}
