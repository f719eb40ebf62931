using Microsoft.Extensions.Options;
using NewsBot.Fetching;

namespace NewsBot.Tests.Fetching;

/// <summary>The SSRF guard over real connections: the local site is on 127.0.0.1, a private address.</summary>
public sealed class PrivateAddressFetchTests : IAsyncLifetime
{
    private LocalNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await LocalNewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static HttpFetcher CreateFetcher(FetchingOptions options) =>
        new(new HttpClient(GuardedHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan }, Options.Create(options), TimeProvider.System);

    private string Authority => $"{_site.BaseUri.Host}:{_site.BaseUri.Port}";

    [Fact]
    public async Task Loopback_is_refused_by_default_with_a_message_that_names_the_setting()
    {
        var result = await CreateFetcher(new FetchingOptions()).FetchAsync(new FetchRequest(_site.At("/feed")), CancellationToken.None);

        var error = Assert.IsType<FetchResult.Failed>(result).Error;
        Assert.Contains("resolves to a private address (127.0.0.1, loopback)", error, StringComparison.Ordinal);
        Assert.Contains("set Fetching:AllowPrivateAddresses=true to allow it", error, StringComparison.Ordinal);
        Assert.Equal(0, _site.FeedRequests);
    }

    [Fact]
    public async Task Loopback_is_allowed_by_the_setting()
    {
        var result = await CreateFetcher(new FetchingOptions { AllowPrivateAddresses = true })
            .FetchAsync(new FetchRequest(_site.At("/feed")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(result);
    }

    [Fact]
    public async Task One_host_and_port_can_be_allowed_alone()
    {
        var result = await CreateFetcher(new FetchingOptions { AllowPrivateAddressesFor = [Authority] })
            .FetchAsync(new FetchRequest(_site.At("/feed")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(result);
    }

    [Fact]
    public async Task Redirect_from_an_allowed_host_to_a_private_one_is_refused()
    {
        var result = await CreateFetcher(new FetchingOptions { AllowPrivateAddressesFor = [Authority] })
            .FetchAsync(new FetchRequest(_site.At("/to-localhost")), CancellationToken.None);

        var error = Assert.IsType<FetchResult.Failed>(result).Error;
        Assert.Contains("localhost resolves to a private address", error, StringComparison.Ordinal);
        Assert.Equal(0, _site.FeedRequests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://10.0.0.1/admin", "private")]
    [InlineData("http://[::1]:8080/feed", "loopback")]
    public async Task Cloud_metadata_and_internal_addresses_are_refused_before_connecting(string url, string kind)
    {
        var result = await CreateFetcher(new FetchingOptions { Timeout = TimeSpan.FromSeconds(5) })
            .FetchAsync(new FetchRequest(new Uri(url)), CancellationToken.None);

        Assert.Contains($"{kind})", Assert.IsType<FetchResult.Failed>(result).Error, StringComparison.Ordinal);
    }
}
