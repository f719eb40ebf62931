namespace NewsBot.Extraction;

/// <summary>A feed document reduced to what NewsBot uses.</summary>
public sealed record ParsedFeed(string? Title, Uri? Link, IReadOnlyList<FeedItem> Items)
{
    /// <summary>What had to be mended before the document could be read; empty for a well-formed feed.</summary>
    public IReadOnlyList<FeedRepair> Repairs { get; init; } = [];
}
