using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Citizens;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using NewsBot.Sources;

namespace NewsBot.Tests.Configuration;

/// <summary>The checked binding in process: what each kind of bad value becomes, and what it leaves alone.</summary>
public sealed class SettingsBindingTests
{
    private static IReadOnlyList<string> Problems<TOptions>(string section, Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration>? more = null)
        where TOptions : class
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<TOptions>().BindSettings(configuration, section);
        more?.Invoke(services, configuration);
        using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<TOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException error)
        {
            return [.. error.Failures];
        }
    }

    [Fact]
    public void Good_settings_bind_as_before()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:Feeds:0:Name"] = "Demak", ["Sources:Feeds:0:Url"] = "https://demakkab.go.id/feed", ["Sources:Feeds:0:Kind"] = "wordpress",
            ["Sources:Feeds:0:PollIntervalSeconds"] = "", ["Sources:OldItemGrace"] = "02:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddOptions<SourcesOptions>().BindSettings(configuration, SourcesOptions.SectionName);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;

        Assert.Equal((Storage.SourceKind.WordPress, (int?)null), (options.Feeds[0].Kind, options.Feeds[0].PollIntervalSeconds));
        Assert.Equal(TimeSpan.FromHours(2), options.OldItemGrace);
    }

    [Fact]
    public void A_number_given_for_an_enum_is_refused_though_the_binder_would_take_it() =>
        Assert.Equal(["Sources:Feeds:0:Kind (Sources__Feeds__0__Kind) = '7' must be one of Feed, WordPress, HtmlListing."],
            Problems<SourcesOptions>("Sources", new() { ["Sources:Feeds:0:Name"] = "a", ["Sources:Feeds:0:Url"] = "https://a.id/", ["Sources:Feeds:0:Kind"] = "7" }));

    [Fact]
    public void Nested_settings_are_checked_too() =>
        Assert.Equal(["Delivery:WhatsApp:Headroom (Delivery__WhatsApp__Headroom) = '2' must be between 0.5 and 1.0."],
            Problems<DeliveryOptions>("Delivery", new() { ["Delivery:WhatsApp:Headroom"] = "2" }));

    [Fact]
    public void A_key_of_another_options_class_on_the_same_section_is_not_unknown() =>
        Assert.Empty(Problems<TelegramOptions>("Telegram", new() { ["Telegram:NewsroomChannels:0"] = "-1001234567890" },
            (services, configuration) => services.AddOptions<NewsroomChannelOptions>().BindSettings(configuration, NewsroomChannelOptions.SectionName)));

    [Fact]
    public void A_value_in_a_numeric_list_that_is_no_number_is_named_instead_of_dropped() =>
        Assert.Equal(["Telegram:AdminChatIds:1 (Telegram__AdminChatIds__1) = '@redaksi' must be a whole number, e.g. 30."],
            Problems<TelegramOptions>("Telegram", new() { ["Telegram:AdminChatIds:0"] = "42", ["Telegram:AdminChatIds:1"] = "@redaksi" }));

    [Theory]
    [InlineData("Data Source=x.db;Password=p4ss", "Data Source=x.db;Password=(hidden)")]
    [InlineData("Data Source=x.db; pwd = 'p4ss;word'", "Data Source=x.db; pwd=(hidden)")]
    public void Passwords_in_connection_strings_are_never_shown(string value, string shown) =>
        Assert.Equal($"Storage:ConnectionString (Storage__ConnectionString) = '{shown}' is wrong.",
            new Setting("Storage:ConnectionString").Problem(value, "is wrong."));

    [Fact]
    public void A_secret_is_named_without_its_value() =>
        Assert.Equal("WhatsApp:AppSecret (WhatsApp__AppSecret) (value hidden) is wrong.",
            new Setting("WhatsApp")["AppSecret"].Problem("s3cret", "is wrong.", secret: true));
}
