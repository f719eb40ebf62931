namespace NewsBot.Storage;

/// <summary>What dedup needs to know of an article already stored: its keys and the hash of its last known content.</summary>
public sealed record KnownArticle(long Id, string ItemKey, string? GuidKey, string? ContentHash);
