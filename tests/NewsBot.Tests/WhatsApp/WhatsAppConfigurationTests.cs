using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

public sealed class WhatsAppConfigurationTests : IDisposable
{
    private readonly BotDatabase database = new();

    [Fact]
    public async Task A_token_without_app_secret_verify_token_and_phone_number_id_stops_the_start_naming_each_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["WhatsApp:AccessToken"] = "EAAG-some-token",
            ["WhatsApp:PhoneNumberId"] = "+62 812 3456",
            ["WhatsApp:ApiVersion"] = "23",
            ["WhatsApp:WebhookReadTimeout"] = "01:00:00",
        }));

        Assert.Contains("WhatsApp:AppSecret", error.Message, StringComparison.Ordinal);
        Assert.Contains("WhatsApp:VerifyToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("WhatsApp:PhoneNumberId", error.Message, StringComparison.Ordinal);
        Assert.Contains("WhatsApp:ApiVersion", error.Message, StringComparison.Ordinal);
        Assert.Contains("WhatsApp:WebhookReadTimeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("EAAG-some-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_there_is_no_WhatsApp_channel_and_no_webhook()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sample:Enabled"] = "false",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseUrl };

        var response = await http.GetAsync("webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(bot.Services.GetServices<IMessageChannel>(), c => c.Kind == ChannelKind.WhatsApp);
    }

    [Fact]
    public async Task With_WhatsApp_configured_the_sample_newsroom_stays_off()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sample:Enabled"] = "true",
            ["WhatsApp:AccessToken"] = "EAAG-some-token",
            ["WhatsApp:PhoneNumberId"] = "106540352242922",
            ["WhatsApp:AppSecret"] = "secret",
            ["WhatsApp:VerifyToken"] = "verify",
        });

        // Nothing to wait for: the sample's source and console subscriber are stored by SourceCatalog.StartAsync, which
        // the app's start has finished before it returns.
        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Sources);
        Assert.Empty(db.Subscribers);
    }

    public void Dispose() => database.Dispose();
}
