namespace NewsBot.Storage.Search;

/// <summary>How much a word in the title says about an article next to a word in its summary, on every provider.</summary>
public static class SearchWeights
{
    public const double Title = 3.0;
    public const double Body = 1.0;
}
