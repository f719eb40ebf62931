namespace NewsBot.Summaries;

/// <summary>Cutting one over-long sentence to a budget, shared by the summarisers.</summary>
internal static class SummaryText
{
    private const string Ellipsis = "…";

    /// <summary>The sentence cut at a word boundary near <paramref name="maxChars"/>, ending in an ellipsis.</summary>
    public static string Cut(string sentence, int maxChars)
    {
        if (sentence.Length <= maxChars) return sentence;
        var room = maxChars - Ellipsis.Length;
        var space = sentence.LastIndexOf(' ', room);
        var cut = space > room / 2 ? sentence[..space] : sentence[..room];
        return cut.TrimEnd(',', ';', ':', ' ', '-', '–') + Ellipsis;
    }
}
