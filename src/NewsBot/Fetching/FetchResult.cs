namespace NewsBot.Fetching;

/// <summary>The outcome of one conditional GET.</summary>
public abstract record FetchResult
{
    private FetchResult() { }

    /// <summary>304: nothing changed since the validators were issued.</summary>
    public sealed record NotModified : FetchResult;

    /// <summary>200 with a body no larger than the configured cap.</summary>
    public sealed record Fetched(byte[] Body, string? ContentType, string? ETag, string? LastModified, Uri FinalUrl) : FetchResult;

    /// <summary>Anything else: the problem's kind is what admins are told; RetryAfter echoes the server's wish.</summary>
    public sealed record Failed(FetchProblem Problem, TimeSpan? RetryAfter = null) : FetchResult
    {
        /// <summary>The technical account, in English, for the log.</summary>
        public string Error => Problem.Detail;
    }

    /// <summary>The problem behind a result that is not a body: a 304 to a request without validators is one too.</summary>
    public static FetchProblem ProblemOf(FetchResult result, Uri url) => result switch
    {
        Failed failed => failed.Problem,
        NotModified => new FetchProblem(FetchProblemKind.HttpError, $"{url} answered 304 Not Modified to a plain GET.", 304),
        _ => throw new ArgumentException("A fetched body is not a problem.", nameof(result)),
    };
}
