using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sources;

/// <summary>An HTML listing source written in configuration, read by the real app with its real registrations.</summary>
public sealed class HtmlListingConfigurationTests : IAsyncLifetime
{
    private readonly BotDatabase database = new();
    private FakeNewsSite site = null!;

    public async Task InitializeAsync() => site = await FakeNewsSite.StartAsync();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        database.Dispose();
    }

    private Dictionary<string, string?> Settings(string linkSelector) => new()
    {
        ["Storage:Provider"] = database.Provider,
        ["Storage:ConnectionString"] = database.ConnectionString,
        ["Sample:Enabled"] = "false",
        ["Sources:Feeds:0:Name"] = "Portal Kabupaten (fake)",
        ["Sources:Feeds:0:Url"] = site.ListingUrl.ToString(),
        ["Sources:Feeds:0:Kind"] = "HtmlListing",
        ["Sources:Feeds:0:LinkSelector"] = linkSelector,
        ["Sources:Feeds:0:PollIntervalSeconds"] = "1",
        ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
        ["Fetching:Timeout"] = "00:00:05",
    };

    [Fact]
    public async Task A_configured_listing_source_is_stored_with_its_selector_and_its_articles_are_read()
    {
        site.Publish(new FakeArticle("pasar-bintoro-dibuka-kembali", "Pasar Bintoro Dibuka Kembali",
            "<p>Pasar Bintoro dibuka kembali setelah renovasi selama enam bulan oleh pemerintah kabupaten.</p>", ["ekonomi"], DateTimeOffset.UtcNow.AddDays(-1)));

        await using var bot = await RunningBot.StartAsync(Settings("h2.post-title a"));
        await bot.WaitUntilAsync(db => db.Articles.Any(), TimeSpan.FromSeconds(20), "the listing's article to be stored");

        await using var db = bot.OpenDatabase();
        var source = await db.Sources.SingleAsync();
        Assert.Equal((SourceKind.HtmlListing, "h2.post-title a"), (source.Kind, source.LinkSelector));
        Assert.Equal("Pasar Bintoro Dibuka Kembali", (await db.Articles.SingleAsync()).Title);
    }

    [Fact]
    public async Task An_invalid_selector_stops_the_start_with_the_setting_named()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync(Settings("h2 >> a[")));

        Assert.Contains("Sources:Feeds:0:LinkSelector (Sources__Feeds__0__LinkSelector) = 'h2 >> a[' is not a valid CSS selector (source 'Portal Kabupaten (fake)')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_attempt_limit_below_one_stops_the_start_with_the_setting_named()
    {
        var settings = Settings("h2.post-title a");
        settings["Sources:MaxPageAttempts"] = "0";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync(settings));

        Assert.Contains("Sources:MaxPageAttempts (Sources__MaxPageAttempts) = '0' must be between 1 and 100.", error.Message, StringComparison.Ordinal);
    }
}
