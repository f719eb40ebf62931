namespace NewsBot.Fetching;

/// <summary>
/// What went wrong reading a source or a page, as an admin would name it: first the transfer (the fetcher), then the
/// content (the parsers and the listing reader). Stored with a failing source by name, so keep the names stable.
/// </summary>
public enum FetchProblemKind
{
    /// <summary>A failure recorded before kinds existed, or one nothing more is known about.</summary>
    Unknown,
    NotFound,
    Forbidden,
    Gone,
    RateLimited,
    ServerError,
    /// <summary>Any other status the fetcher cannot use (another 4xx, a 3xx without a place to go, a 304 to a plain GET).</summary>
    HttpError,
    Timeout,
    DnsFailure,
    ConnectionRefused,
    ConnectionReset,
    TlsError,
    /// <summary>The answer was not valid HTTP.</summary>
    InvalidResponse,
    NetworkError,
    TooManyRedirects,
    /// <summary>A redirect from https to plain http, which HttpClient does not follow.</summary>
    InsecureRedirect,
    TooLarge,
    PrivateAddress,
    NotAFeed,
    Unreadable,
    NoArticleLinks,
    InvalidSelector,
    /// <summary>The listing was read, but some of its article pages failed too often and were given up.</summary>
    PagesSkipped,
    Internal,
}
