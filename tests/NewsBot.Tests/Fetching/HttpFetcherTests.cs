using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Fetching;

namespace NewsBot.Tests.Fetching;

public sealed class HttpFetcherTests : IAsyncLifetime
{
    private LocalNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await LocalNewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    /// <summary>The production handler; the local site is on loopback, so private addresses are allowed.</summary>
    private static HttpFetcher CreateFetcher(FetchingOptions? options = null)
    {
        options ??= new FetchingOptions();
        options.AllowPrivateAddresses = true;
        var http = new HttpClient(GuardedHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpFetcher(http, Options.Create(options), TimeProvider.System);
    }

    [Fact]
    public async Task First_fetch_returns_body_and_validators_and_sends_user_agent()
    {
        var result = await CreateFetcher().FetchAsync(new FetchRequest(_site.At("/feed")), CancellationToken.None);

        var fetched = Assert.IsType<FetchResult.Fetched>(result);
        Assert.Equal(LocalNewsSite.FeedBody, Encoding.UTF8.GetString(fetched.Body));
        Assert.Equal(LocalNewsSite.ETag, fetched.ETag);
        Assert.Equal(LocalNewsSite.LastModified, fetched.LastModified);
        Assert.StartsWith("application/rss+xml", fetched.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("NewsBot/1.0", _site.LastUserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matching_etag_gives_not_modified()
    {
        var result = await CreateFetcher().FetchAsync(new FetchRequest(_site.At("/feed"), ETag: LocalNewsSite.ETag), CancellationToken.None);

        Assert.IsType<FetchResult.NotModified>(result);
    }

    [Fact]
    public async Task Matching_last_modified_gives_not_modified()
    {
        var request = new FetchRequest(_site.At("/feed"), LastModified: LocalNewsSite.LastModified);

        Assert.IsType<FetchResult.NotModified>(await CreateFetcher().FetchAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Configured_user_agent_is_sent()
    {
        await CreateFetcher(new FetchingOptions { UserAgent = "Diskominfo-Bot/2.0" })
            .FetchAsync(new FetchRequest(_site.At("/feed")), CancellationToken.None);

        Assert.Equal("Diskominfo-Bot/2.0", _site.LastUserAgent);
    }

    [Fact]
    public async Task Too_many_requests_carries_retry_after_seconds()
    {
        var result = await CreateFetcher().FetchAsync(new FetchRequest(_site.At("/busy")), CancellationToken.None);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Equal(TimeSpan.FromSeconds(120), failed.RetryAfter);
        Assert.Contains("429", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_unavailable_carries_retry_after_date()
    {
        var result = await CreateFetcher().FetchAsync(new FetchRequest(_site.At("/maintenance")), CancellationToken.None);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.InRange(failed.RetryAfter!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Contains("503", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_error_status_names_the_code_without_retry_after()
    {
        var result = await CreateFetcher().FetchAsync(new FetchRequest(_site.At("/gone")), CancellationToken.None);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Contains("HTTP 410", failed.Error, StringComparison.Ordinal);
        Assert.Null(failed.RetryAfter);
    }

    [Fact]
    public async Task Redirect_is_followed_and_final_url_reported()
    {
        var result = await CreateFetcher().FetchAsync(new FetchRequest(_site.At("/moved")), CancellationToken.None);

        Assert.Equal(_site.At("/feed"), Assert.IsType<FetchResult.Fetched>(result).FinalUrl);
    }

    [Fact]
    public async Task Body_over_the_cap_fails_while_streaming()
    {
        var result = await CreateFetcher(new FetchingOptions { MaxBodyBytes = 1024 * 1024 })
            .FetchAsync(new FetchRequest(_site.At("/huge")), CancellationToken.None);

        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Contains("1048576 byte limit", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzip_bomb_is_stopped_at_the_cap_after_decompression()
    {
        Assert.True(LocalNewsSite.GzipOfZeros(50 * 1024 * 1024).Length < 1024 * 1024, "the bomb itself must be small");

        var result = await CreateFetcher(new FetchingOptions { MaxBodyBytes = 5 * 1024 * 1024 })
            .FetchAsync(new FetchRequest(_site.At("/bomb")), CancellationToken.None);

        Assert.Contains("byte limit", Assert.IsType<FetchResult.Failed>(result).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hanging_server_times_out_as_a_failure()
    {
        var result = await CreateFetcher(new FetchingOptions { Timeout = TimeSpan.FromMilliseconds(300) })
            .FetchAsync(new FetchRequest(_site.At("/hang")), CancellationToken.None);

        Assert.Contains("timed out after 0.3 s", Assert.IsType<FetchResult.Failed>(result).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_cancellation_is_thrown_not_reported()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CreateFetcher().FetchAsync(new FetchRequest(_site.At("/hang")), cts.Token));
    }

    [Fact]
    public async Task Refused_connection_is_a_failure_with_a_message()
    {
        var closedPort = new Uri("http://127.0.0.1:1/feed");

        var result = await CreateFetcher().FetchAsync(new FetchRequest(closedPort), CancellationToken.None);

        Assert.StartsWith("Could not fetch http://127.0.0.1:1/feed", Assert.IsType<FetchResult.Failed>(result).Error, StringComparison.Ordinal);
    }
}
