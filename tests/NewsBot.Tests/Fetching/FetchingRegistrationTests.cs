using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Fetching;

namespace NewsBot.Tests.Fetching;

public sealed class FetchingRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddFetching(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Binds_the_fetching_section_and_resolves_the_fetcher()
    {
        using var provider = Build(new() { ["Fetching:MaxBodyBytes"] = "1000", ["Fetching:Timeout"] = "00:00:05" });

        var options = provider.GetRequiredService<IOptions<FetchingOptions>>().Value;
        Assert.Equal(1000, options.MaxBodyBytes);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(2, options.MaxConnectionsPerHost);
        Assert.NotNull(provider.GetRequiredService<HttpFetcher>());
    }

    [Fact]
    public void Invalid_setting_is_named_in_the_error()
    {
        using var provider = Build(new() { ["Fetching:MaxBodyBytes"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FetchingOptions>>().Value);
        Assert.Contains("Fetching:MaxBodyBytes", error.Message, StringComparison.Ordinal);
    }
}
