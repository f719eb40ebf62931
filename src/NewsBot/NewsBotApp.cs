using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Broadcasts;
using NewsBot.Chat;
using NewsBot.Chat.Telegram;
using NewsBot.Chat.WhatsApp;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Sources;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot;

/// <summary>Builds the whole app; Program runs it, and the end-to-end tests run the very same app on a free port.</summary>
public static class NewsBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json sits at the repository root and is copied next to the binary; the working directory stays
        // the user's, so data/ is created where they run the bot.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        LogLevelSettings.ThrowIfInvalid(builder.Configuration);

        // TryAdd: an end-to-end test may have put its own clock in first (digest hours, quiet hours).
        builder.Services.TryAddSingleton(TimeProvider.System);
        var sample = new SampleMode(RunsSampleNewsroom(builder.Configuration));
        builder.Services
            .AddStorage(builder.Configuration)
            .AddSources(builder.Configuration, sample)
            .AddFetching(builder.Configuration)
            .AddExtraction(builder.Configuration)
            .AddSummaries(builder.Configuration)
            .AddMatching()
            .AddBroadcasts(builder.Configuration)
            .AddDelivery(builder.Configuration)
            .AddChat(builder.Configuration)
            .AddScheduling(builder.Configuration);
        AllowSampleAddress(builder.Services, sample);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        // Live: the process answers. Ready: it can also reach its database.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapSampleNewsroom();
        app.MapWhatsAppWebhook();
        app.MapTelegramWebhook();
        return app;
    }

    /// <summary>
    /// What this app runs, decided here once: the bundled sample newsroom only while no chat platform is connected. It
    /// is a demo for a bot with no channel yet; real citizens on Telegram or WhatsApp must never get its news.
    /// </summary>
    public static bool RunsSampleNewsroom(IConfiguration configuration) =>
        SampleOptions.IsEnabledIn(configuration)
        && !TelegramOptions.IsConfiguredIn(configuration)
        && !WhatsAppOptions.IsConfiguredIn(configuration);

    /// <summary>
    /// The sample newsroom is served by this app on loopback, which the fetcher refuses for any source (SSRF guard);
    /// only the sample's own address and port are let through, and only while the sample runs.
    /// </summary>
    public static void AllowSampleAddress(IServiceCollection services, SampleMode sample)
    {
        if (!sample.Runs) return;
        services.AddOptions<FetchingOptions>().PostConfigure<IOptions<SampleOptions>>((fetching, sampleOptions) =>
        {
            if (Uri.TryCreate(sampleOptions.Value.FeedUrl, UriKind.Absolute, out var url))
                fetching.AllowPrivateAddressesFor.Add($"{url.IdnHost}:{url.Port}");
        });
    }
}
