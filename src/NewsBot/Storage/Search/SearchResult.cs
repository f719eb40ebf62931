namespace NewsBot.Storage.Search;

/// <summary>The best matches of a query; <paramref name="AllWords"/> is false when only some words could be found.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, bool AllWords);
