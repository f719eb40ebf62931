namespace NewsBot.Fetching;

/// <summary>What to fetch, with the validators from the previous answer so an unchanged resource costs a 304.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
