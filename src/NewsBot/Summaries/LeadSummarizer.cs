namespace NewsBot.Summaries;

public sealed class LeadSummarizer
{
    public string Summarize(string plainText, int maxChars) =>
        throw new NotImplementedException("placeholder until the summaries work lands");
}
