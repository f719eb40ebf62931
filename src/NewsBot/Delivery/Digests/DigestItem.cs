namespace NewsBot.Delivery.Digests;

/// <summary>One article in a digest: a line with its title and link.</summary>
public sealed record DigestItem(string Title, string Url, DateTime PublishedUtc);
