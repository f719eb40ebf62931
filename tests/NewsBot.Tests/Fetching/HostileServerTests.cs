using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Extraction;
using NewsBot.Fetching;

namespace NewsBot.Tests.Fetching;

/// <summary>Hostile answers end as a clear failure or a safe item, never a hang or a crash.</summary>
public sealed class HostileServerTests : IAsyncLifetime
{
    private LocalNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await LocalNewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Redirect_loop_is_too_many_redirects_not_the_last_302()
    {
        var options = new FetchingOptions { AllowPrivateAddresses = true };
        var fetcher = new HttpFetcher(new HttpClient(GuardedHandler.Create(options)), Options.Create(options), TimeProvider.System);

        var result = await fetcher.FetchAsync(new FetchRequest(_site.At("/loop")), CancellationToken.None);

        var problem = Assert.IsType<FetchResult.Failed>(result).Problem;
        Assert.Equal(FetchProblemKind.TooManyRedirects, problem.Kind);
        Assert.Contains("Too many redirects", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_that_drips_bytes_is_cut_off_by_the_total_timeout()
    {
        var options = new FetchingOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromMilliseconds(700) };
        var fetcher = new HttpFetcher(new HttpClient(GuardedHandler.Create(options)), Options.Create(options), TimeProvider.System);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.At("/drip")), CancellationToken.None);

        Assert.Contains("timed out after 0.7 s", Assert.IsType<FetchResult.Failed>(result).Error, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Huge_title_is_capped_and_javascript_link_is_not_an_article_url()
    {
        var rss = $"<rss version=\"2.0\"><channel><title>t</title><item><title>{new string('a', 10_000)}</title>" +
                  "<link>javascript:alert(1)</link><guid>x</guid></item></channel></rss>";

        var item = Assert.Single(new FeedParser().Parse(Encoding.UTF8.GetBytes(rss), "application/rss+xml", new Uri("https://demakkab.go.id/feed")).Items);

        Assert.InRange(item.Title.Length, 1, 500);
        // The GUID is the fallback permalink here; what matters is that the script URL is never used.
        Assert.Equal("https", item.Link?.Scheme);
    }
}
