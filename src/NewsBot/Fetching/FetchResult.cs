namespace NewsBot.Fetching;

/// <summary>The outcome of one conditional GET.</summary>
public abstract record FetchResult
{
    private FetchResult() { }

    /// <summary>304: nothing changed since the validators were issued.</summary>
    public sealed record NotModified : FetchResult;

    /// <summary>200 with a body no larger than the configured cap.</summary>
    public sealed record Fetched(byte[] Body, string? ContentType, string? ETag, string? LastModified, Uri FinalUrl) : FetchResult;

    /// <summary>Anything else: the error says what happened in words an admin understands; RetryAfter echoes the server's wish.</summary>
    public sealed record Failed(string Error, TimeSpan? RetryAfter = null) : FetchResult;
}
