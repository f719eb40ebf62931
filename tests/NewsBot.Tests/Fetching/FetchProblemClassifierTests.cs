using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using NewsBot.Fetching;

namespace NewsBot.Tests.Fetching;

/// <summary>Each way a fetch can end badly is named by its kind; the detail keeps the technical words for the log.</summary>
public sealed class FetchProblemClassifierTests
{
    private static readonly Uri Feed = new("https://demakkab.go.id/feed");

    private static FetchProblem FromStatus(HttpStatusCode status, string? location = null, string? lastHop = null)
    {
        using var response = new HttpResponseMessage(status)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, lastHop is null ? Feed : new Uri(lastHop)),
        };
        if (location is not null) response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return FetchProblemClassifier.FromStatus(response, Feed, maxRedirects: 5);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, FetchProblemKind.NotFound)]
    [InlineData(HttpStatusCode.Forbidden, FetchProblemKind.Forbidden)]
    [InlineData(HttpStatusCode.Unauthorized, FetchProblemKind.Forbidden)]
    [InlineData(HttpStatusCode.Gone, FetchProblemKind.Gone)]
    [InlineData(HttpStatusCode.TooManyRequests, FetchProblemKind.RateLimited)]
    [InlineData(HttpStatusCode.InternalServerError, FetchProblemKind.ServerError)]
    [InlineData(HttpStatusCode.BadGateway, FetchProblemKind.ServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable, FetchProblemKind.ServerError)]
    [InlineData(HttpStatusCode.BadRequest, FetchProblemKind.HttpError)]
    [InlineData((HttpStatusCode)418, FetchProblemKind.HttpError)]
    public void Status_codes_are_named_and_keep_the_status(HttpStatusCode status, FetchProblemKind kind)
    {
        var problem = FromStatus(status);

        Assert.Equal((kind, (int)status), (problem.Kind, problem.Status));
        Assert.StartsWith($"HTTP {(int)status} ", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(Feed.ToString(), problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.MovedPermanently)]
    [InlineData(HttpStatusCode.PermanentRedirect)]
    public void A_redirect_handed_back_by_HttpClient_is_too_many_redirects(HttpStatusCode status)
    {
        var problem = FromStatus(status, location: "/feed?again", lastHop: "https://demakkab.go.id/feed?again");

        Assert.Equal(FetchProblemKind.TooManyRedirects, problem.Kind);
        Assert.Contains("Fetching:MaxRedirects", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("https://demakkab.go.id/feed?again", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_redirect_from_https_to_plain_http_is_an_insecure_redirect()
    {
        var problem = FromStatus(HttpStatusCode.Found, location: "http://demakkab.go.id/feed");

        Assert.Equal(FetchProblemKind.InsecureRedirect, problem.Kind);
    }

    [Fact]
    public void A_3xx_without_a_location_is_an_http_error()
    {
        Assert.Equal(FetchProblemKind.HttpError, FromStatus(HttpStatusCode.MultipleChoices).Kind);
    }

    /// <summary>The exceptions SocketsHttpHandler and our connect callback throw, as they arrive, by name.</summary>
    private static Exception Thrown(string name) => name switch
    {
        "dns" => new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (demakkab.go.id:443)",
            new SocketException((int)SocketError.HostNotFound)),
        "dns-try-again" => new HttpRequestException("Resource temporarily unavailable", new SocketException((int)SocketError.TryAgain)),
        "refused" => new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (demakkab.go.id:443)",
            new SocketException((int)SocketError.ConnectionRefused)),
        "reset" => new HttpRequestException(HttpRequestError.ConnectionError, "Connection reset by peer",
            new SocketException((int)SocketError.ConnectionReset)),
        "ended" => new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."),
        "body-cut" => new IOException("Unable to read data from the transport connection."),
        "connect-timeout" => new HttpRequestException(HttpRequestError.ConnectionError, "Connection timed out",
            new SocketException((int)SocketError.TimedOut)),
        "certificate" => new HttpRequestException(HttpRequestError.SecureConnectionError,
            "The SSL connection could not be established, see inner exception.",
            new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot")),
        "handshake" => new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established."),
        "garbage" => new HttpRequestException(HttpRequestError.InvalidResponse, "Received an invalid status line: 'garbage'."),
        "unreachable" => new HttpRequestException(HttpRequestError.ConnectionError, "Network is unreachable",
            new SocketException((int)SocketError.NetworkUnreachable)),
        "corrupt-gzip" => new InvalidDataException("The archive entry was compressed using an unsupported compression method."),
        "private" => new HttpRequestException(HttpRequestError.ConnectionError, "refused",
            new PrivateAddressRefusedException("intranet.demak", 80, IPAddress.Parse("10.0.0.5"), "private")),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [InlineData("dns", FetchProblemKind.DnsFailure)]
    [InlineData("dns-try-again", FetchProblemKind.DnsFailure)]
    [InlineData("refused", FetchProblemKind.ConnectionRefused)]
    [InlineData("reset", FetchProblemKind.ConnectionReset)]
    [InlineData("ended", FetchProblemKind.ConnectionReset)]
    [InlineData("body-cut", FetchProblemKind.ConnectionReset)]
    [InlineData("connect-timeout", FetchProblemKind.Timeout)]
    [InlineData("certificate", FetchProblemKind.TlsError)]
    [InlineData("handshake", FetchProblemKind.TlsError)]
    [InlineData("garbage", FetchProblemKind.InvalidResponse)]
    [InlineData("unreachable", FetchProblemKind.NetworkError)]
    [InlineData("corrupt-gzip", FetchProblemKind.Unreadable)]
    [InlineData("private", FetchProblemKind.PrivateAddress)]
    public void Exceptions_are_named_and_the_detail_keeps_their_words(string thrown, FetchProblemKind kind)
    {
        var problem = FetchProblemClassifier.FromException(Thrown(thrown), Feed);

        Assert.Equal(kind, problem?.Kind);
        Assert.Contains(Feed.ToString(), problem!.Detail, StringComparison.Ordinal);
        Assert.Null(problem.Status);
    }

    [Fact]
    public void An_exception_that_is_not_the_remote_sides_doing_is_not_named()
    {
        Assert.Null(FetchProblemClassifier.FromException(new InvalidOperationException("a bug of ours"), Feed));
    }

    [Fact]
    public void Timeout_and_size_limit_are_named_with_the_limit_in_the_detail()
    {
        var timeout = FetchProblemClassifier.Timeout(Feed, "30 s");
        var large = FetchProblemClassifier.TooLarge(Feed, 1024, "2048 bytes declared");

        Assert.Equal((FetchProblemKind.Timeout, FetchProblemKind.TooLarge), (timeout.Kind, large.Kind));
        Assert.Contains("timed out after 30 s", timeout.Detail, StringComparison.Ordinal);
        Assert.Contains("1024 byte limit", large.Detail, StringComparison.Ordinal);
    }
}
