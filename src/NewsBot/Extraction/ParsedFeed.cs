namespace NewsBot.Extraction;

/// <summary>A feed document reduced to what NewsBot uses.</summary>
public sealed record ParsedFeed(string? Title, Uri? Link, IReadOnlyList<FeedItem> Items);
