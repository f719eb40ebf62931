namespace NewsBot.Summaries;

/// <summary>
/// Picks the sentences that carry the article: every sentence is scored by the <see cref="SentenceModel"/>, the best
/// are taken while they fit the length budget, and they are given back in the article's order so the summary reads
/// like the article. Pure computation over the text, so deterministic and thread-safe.
/// </summary>
public sealed class ExtractiveSummarizer(SentenceSplitter splitter, ArticleTextCleaner cleaner, SentenceModel model)
{
    public const int DefaultMaxSentences = 3;

    /// <summary>The feature that already says whether a sentence is page furniture, so it is not tested twice.</summary>
    private static readonly int Boilerplate = Array.IndexOf(SentenceFeatures.Names, "boilerplate");

    public ExtractiveSummarizer() : this(new SentenceSplitter(), new ArticleTextCleaner(), SentenceModel.Trained)
    {
    }

    /// <summary>A summary of at most <paramref name="maxChars"/> characters from the cleaned article text.</summary>
    public string Summarize(string? title, string plainText, int maxChars, int maxSentences = DefaultMaxSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var (sentences, paragraphOf) = Sentences(cleaner.Clean(plainText ?? ""));
        if (sentences.Count == 0) return "";
        var chosen = Choose(sentences, paragraphOf, title, maxSentences, maxChars);
        if (chosen.Count > 0) return string.Join(" ", chosen.Select(i => sentences[i]));
        // Not one whole sentence fits: the first that can open a summary, cut at a word.
        var opener = Enumerable.Range(0, sentences.Count).FirstOrDefault(i => CanStand(sentences[i])
            && (i == 0 || !LeaningSentence.LeansOnPrevious(sentences[i]) && !LeaningSentence.OpensWithPronoun(sentences[i])));
        return SummaryText.Cut(sentences[opener], maxChars);
    }

    /// <summary>
    /// Indices, in article order, of the best sentences: at most <paramref name="maxSentences"/>, together no longer
    /// than <paramref name="maxChars"/> (joined by spaces). Furniture and fragments are never chosen, and a sentence that
    /// leans on what came before (<see cref="LeaningSentence"/>) only with it, so a budget that leaves out a long
    /// sentence gives a shorter summary rather than one that starts mid-argument. Empty when not even one fits.
    /// </summary>
    public IReadOnlyList<int> Choose(
        IReadOnlyList<string> sentences, IReadOnlyList<int> paragraphOf, string? title, int maxSentences, int maxChars = int.MaxValue)
    {
        var features = SentenceFeatures.Compute(sentences, paragraphOf, title);
        var leans = sentences.Select(LeaningSentence.LeansOnPrevious).ToArray();
        var pronoun = sentences.Select(LeaningSentence.OpensWithPronoun).ToArray();
        var ranked = Enumerable.Range(0, sentences.Count)
            .Where(i => features[i][Boilerplate] == 0 && !SentenceFragment.IsFragment(sentences[i]))
            .OrderByDescending(i => model.Score(features[i]))
            .ThenBy(i => i)
            .ToList();
        var lead = ranked.Count == 0 ? -1 : ranked.Min();
        var chosen = new List<int>();
        var waiting = new List<int>();
        var length = -1;
        foreach (var i in ranked)
        {
            if (chosen.Count == maxSentences) break;
            if (!Supported(i))
            {
                waiting.Add(i);
                continue;
            }

            if (!TryAdd(i)) continue;
            // A sentence that ranked higher but waited for this one (or for the lead) may come in now, best first.
            while (chosen.Count < maxSentences && waiting.FirstOrDefault(w => Supported(w) && Fits(w), -1) is var next and >= 0)
            {
                waiting.Remove(next);
                TryAdd(next);
            }
        }

        chosen.Sort();
        return chosen;

        // The article's first sentence leans on nothing; any other needs what it leans on in the summary.
        bool Supported(int i) =>
            i == 0
            || (!leans[i] || chosen.Contains(i - 1))
            && (!pronoun[i] || chosen.Contains(i - 1) || (lead < i && chosen.Contains(lead)));

        bool Fits(int i) => length + 1 + sentences[i].Length <= maxChars;

        bool TryAdd(int i)
        {
            if (!Fits(i)) return false;
            chosen.Add(i);
            length += 1 + sentences[i].Length;
            return true;
        }
    }

    /// <summary>Neither page furniture nor a fragment: a sentence a summary may hold.</summary>
    private static bool CanStand(string sentence) =>
        !ArticleTextCleaner.LooksLikeBoilerplate(sentence) && !SentenceFragment.IsFragment(sentence);

    private (List<string> Sentences, List<int> ParagraphOf) Sentences(string cleaned)
    {
        var sentences = new List<string>();
        var paragraphOf = new List<int>();
        var paragraphs = cleaned.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            foreach (var sentence in splitter.Split(paragraphs[p]))
            {
                sentences.Add(sentence);
                paragraphOf.Add(p);
            }
        }

        return (sentences, paragraphOf);
    }
}
