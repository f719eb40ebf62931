using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace NewsBot.Fetching;

/// <summary>
/// Names what went wrong with a fetch from the status or the exception it ended with. The detail keeps the server's and
/// the runtime's own words (and the URL) for the log; the kind is all an admin needs to act.
/// </summary>
internal static class FetchProblemClassifier
{
    private static readonly HashSet<HttpStatusCode> RedirectStatuses =
    [
        HttpStatusCode.MultipleChoices, HttpStatusCode.MovedPermanently, HttpStatusCode.Found, HttpStatusCode.SeeOther,
        HttpStatusCode.TemporaryRedirect, HttpStatusCode.PermanentRedirect,
    ];

    /// <summary>An unsuccessful answer. <paramref name="wish"/> is the server's Retry-After in words, or empty.</summary>
    public static FetchProblem FromStatus(HttpResponseMessage response, Uri url, int maxRedirects, string wish = "")
    {
        var status = (int)response.StatusCode;
        var detail = $"HTTP {status} {response.ReasonPhrase} from {url}{wish}.";
        if (RedirectStatuses.Contains(response.StatusCode) && response.Headers.Location is { } location)
            return Redirect(response, url, location, maxRedirects, status);

        var kind = status switch
        {
            401 or 403 => FetchProblemKind.Forbidden,
            404 => FetchProblemKind.NotFound,
            410 => FetchProblemKind.Gone,
            429 => FetchProblemKind.RateLimited,
            >= 500 and <= 599 => FetchProblemKind.ServerError,
            _ => FetchProblemKind.HttpError,
        };
        return new FetchProblem(kind, detail, status);
    }

    /// <summary>
    /// HttpClient follows redirects itself and, once its limit is reached, hands back the last 3xx as if it were the
    /// answer; the same happens for the one redirect it never follows, from https to plain http.
    /// </summary>
    private static FetchProblem Redirect(HttpResponseMessage response, Uri url, Uri location, int maxRedirects, int status)
    {
        var from = response.RequestMessage?.RequestUri ?? url;
        var to = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (from.Scheme == Uri.UriSchemeHttps && to.Scheme == Uri.UriSchemeHttp)
        {
            return new FetchProblem(FetchProblemKind.InsecureRedirect,
                $"{from} redirects from https to plain http ({to}, HTTP {status}), which is not followed.", status);
        }

        return new FetchProblem(FetchProblemKind.TooManyRedirects,
            $"Too many redirects from {url}: still redirected (HTTP {status} {response.ReasonPhrase} from {from} to {to}) after "
            + $"{maxRedirects} redirects, the limit of {FetchingOptions.SectionName}:MaxRedirects; a redirect loop is likely.", status);
    }

    /// <summary>A failure thrown while connecting or reading; null for exceptions that are not the remote side's doing.</summary>
    public static FetchProblem? FromException(Exception exception, Uri url)
    {
        if (Find<PrivateAddressRefusedException>(exception) is { } refusal)
            return new FetchProblem(FetchProblemKind.PrivateAddress, $"Refused to fetch {url}: {refusal.Message}.");

        var kind = KindOf(exception);
        if (kind is null) return null;
        var detail = exception is HttpRequestException
            ? $"Could not fetch {url}: {exception.Message}{InnerMessage(exception)}"
            : $"The response from {url} was cut off or corrupt: {exception.Message}";
        return new FetchProblem(kind.Value, detail);
    }

    private static FetchProblemKind? KindOf(Exception exception)
    {
        if (Find<AuthenticationException>(exception) is not null) return FetchProblemKind.TlsError;
        if (Find<SocketException>(exception) is { } socket && SocketKind(socket.SocketErrorCode) is { } bySocket) return bySocket;
        if (Find<HttpRequestException>(exception) is { } http)
        {
            return http.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => FetchProblemKind.DnsFailure,
                HttpRequestError.SecureConnectionError => FetchProblemKind.TlsError,
                HttpRequestError.ResponseEnded => FetchProblemKind.ConnectionReset,
                HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => FetchProblemKind.InvalidResponse,
                _ => FetchProblemKind.NetworkError,
            };
        }

        // A corrupt gzip stream is bad content; an IOException outside HttpClient's wrapping is a body cut off midway.
        if (Find<InvalidDataException>(exception) is not null) return FetchProblemKind.Unreadable;
        if (Find<IOException>(exception) is not null) return FetchProblemKind.ConnectionReset;
        return null;
    }

    private static FetchProblemKind? SocketKind(SocketError error) => error switch
    {
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => FetchProblemKind.DnsFailure,
        SocketError.ConnectionRefused => FetchProblemKind.ConnectionRefused,
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown => FetchProblemKind.ConnectionReset,
        SocketError.TimedOut => FetchProblemKind.Timeout,
        _ => null,
    };

    public static FetchProblem Timeout(Uri url, string limit) => new(FetchProblemKind.Timeout,
        $"The request to {url} timed out after {limit}; the server is slow or not answering.");

    public static FetchProblem TooLarge(Uri url, long maxBytes, string detail) => new(FetchProblemKind.TooLarge,
        $"The response from {url} is larger than the {maxBytes} byte limit ({detail}); " +
        $"raise {FetchingOptions.SectionName}:MaxBodyBytes if this source is really that big.");

    private static string InnerMessage(Exception exception) =>
        exception.InnerException is { } inner && !exception.Message.Contains(inner.Message, StringComparison.Ordinal) ? $" ({inner.Message})" : "";

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found) return found;
        }

        return null;
    }
}
