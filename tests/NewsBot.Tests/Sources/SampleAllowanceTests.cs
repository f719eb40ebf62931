using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Fetching;
using NewsBot.Sources;

namespace NewsBot.Tests.Sources;

/// <summary>The sample newsroom runs on loopback inside the app; only its address passes the SSRF guard, and only while it runs.</summary>
public sealed class SampleAllowanceTests
{
    private static FetchingOptions FetchingWith(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var sample = new SampleMode(NewsBotApp.RunsSampleNewsroom(configuration));
        var services = new ServiceCollection()
            .AddSources(configuration, sample)
            .AddFetching(configuration);
        NewsBotApp.AllowSampleAddress(services, sample);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<FetchingOptions>>().Value;
    }

    [Fact]
    public void Sample_feed_address_is_allowed_while_the_sample_runs()
    {
        var options = FetchingWith(new() { ["Sample:FeedUrl"] = "http://127.0.0.1:5080/sample/feed.xml" });

        Assert.Equal(["127.0.0.1:5080"], options.AllowPrivateAddressesFor);
        Assert.False(options.AllowPrivateAddresses);
    }

    [Fact]
    public void Nothing_is_allowed_once_a_telegram_token_turns_the_sample_off()
    {
        var options = FetchingWith(new() { ["Telegram:BotToken"] = "123:abc" });

        Assert.Empty(options.AllowPrivateAddressesFor);
    }

    [Fact]
    public void Nothing_is_allowed_once_a_whatsapp_access_token_turns_the_sample_off()
    {
        var options = FetchingWith(new() { ["WhatsApp:AccessToken"] = "EAAG-test", ["WhatsApp:PhoneNumberId"] = "1055" });

        Assert.Empty(options.AllowPrivateAddressesFor);
    }

    [Fact]
    public void Nothing_is_allowed_when_the_sample_is_switched_off()
    {
        var options = FetchingWith(new() { ["Sample:Enabled"] = "false" });

        Assert.Empty(options.AllowPrivateAddressesFor);
    }
}
