namespace NewsBot.Storage.Search;

/// <summary>One article found by a search.</summary>
public sealed class SearchHit
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public DateTime PublishedUtc { get; init; }
}
