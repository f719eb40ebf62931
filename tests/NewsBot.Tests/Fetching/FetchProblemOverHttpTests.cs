using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Extraction;
using NewsBot.Fetching;

namespace NewsBot.Tests.Fetching;

/// <summary>The problem kinds as real connections produce them, against the local site on 127.0.0.1.</summary>
public sealed class FetchProblemOverHttpTests : IAsyncLifetime
{
    private LocalNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await LocalNewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static async Task<FetchProblem> FailAsync(Uri url, FetchingOptions? options = null)
    {
        options ??= new FetchingOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(5) };
        var http = new HttpClient(GuardedHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan };
        var result = await new HttpFetcher(http, Options.Create(options), TimeProvider.System).FetchAsync(new FetchRequest(url), CancellationToken.None);
        return Assert.IsType<FetchResult.Failed>(result).Problem;
    }

    [Theory]
    [InlineData("/no-such-page", FetchProblemKind.NotFound, 404)]
    [InlineData("/forbidden", FetchProblemKind.Forbidden, 403)]
    [InlineData("/gone", FetchProblemKind.Gone, 410)]
    [InlineData("/busy", FetchProblemKind.RateLimited, 429)]
    [InlineData("/broken", FetchProblemKind.ServerError, 500)]
    [InlineData("/maintenance", FetchProblemKind.ServerError, 503)]
    [InlineData("/teapot", FetchProblemKind.HttpError, 418)]
    [InlineData("/loop", FetchProblemKind.TooManyRedirects, 302)]
    public async Task Error_statuses_are_named(string path, FetchProblemKind kind, int status)
    {
        var problem = await FailAsync(_site.At(path));

        Assert.Equal((kind, status), (problem.Kind, problem.Status));
    }

    [Fact]
    public async Task With_redirects_switched_off_a_redirect_is_too_many_redirects()
    {
        var problem = await FailAsync(_site.At("/moved"), new FetchingOptions { AllowPrivateAddresses = true, MaxRedirects = 0 });

        Assert.Equal(FetchProblemKind.TooManyRedirects, problem.Kind);
    }

    [Fact]
    public async Task A_body_cut_off_midway_is_a_reset_connection()
    {
        Assert.Equal(FetchProblemKind.ConnectionReset, (await FailAsync(_site.At("/cut"))).Kind);
    }

    [Fact]
    public async Task A_closed_port_is_a_refused_connection()
    {
        Assert.Equal(FetchProblemKind.ConnectionRefused, (await FailAsync(new Uri("http://127.0.0.1:1/feed"))).Kind);
    }

    [Fact]
    public async Task Https_to_a_server_that_speaks_plain_http_is_a_tls_error()
    {
        var plain = _site.At("/feed");

        var problem = await FailAsync(new UriBuilder(plain) { Scheme = Uri.UriSchemeHttps, Port = plain.Port }.Uri);

        Assert.Equal(FetchProblemKind.TlsError, problem.Kind);
    }

    [Fact]
    public async Task A_hanging_server_is_a_timeout_and_a_huge_body_too_large()
    {
        var hang = await FailAsync(_site.At("/hang"), new FetchingOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromMilliseconds(300) });
        var huge = await FailAsync(_site.At("/huge"), new FetchingOptions { AllowPrivateAddresses = true, MaxBodyBytes = 1024 * 1024 });

        Assert.Equal((FetchProblemKind.Timeout, FetchProblemKind.TooLarge), (hang.Kind, huge.Kind));
    }

    [Fact]
    public async Task Loopback_by_default_is_a_refused_private_address()
    {
        Assert.Equal(FetchProblemKind.PrivateAddress, (await FailAsync(_site.At("/feed"), new FetchingOptions())).Kind);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><h1>Beranda</h1></body></html>", FetchProblemKind.NotAFeed)]
    [InlineData("<opml version=\"2.0\"><body/></opml>", FetchProblemKind.NotAFeed)]
    [InlineData("{\"title\": \"not a JSON Feed\"}", FetchProblemKind.NotAFeed)]
    [InlineData("<rss version=2.0><channel><item><title>a & b</title></item></channel></rss>", FetchProblemKind.Unreadable)]
    [InlineData("{\"version\": ", FetchProblemKind.Unreadable)]
    public void Content_that_is_no_feed_or_cannot_be_read_is_named(string body, FetchProblemKind kind)
    {
        var error = Assert.Throws<FeedFormatException>(
            () => new FeedParser().Parse(Encoding.UTF8.GetBytes(body), "application/xml", new Uri("https://demakkab.go.id/feed")));

        Assert.Equal(kind, error.Problem.Kind);
    }
}
