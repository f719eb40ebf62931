using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Delivery.Telegram;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Sources;

public static class SourcesServiceCollectionExtensions
{
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcesOptions>().BindSettings(configuration, SourcesOptions.SectionName);
        services.AddOptions<SampleOptions>().BindSettings(configuration, SampleOptions.SectionName);
        // The sample newsroom is served by this app on loopback; only its own address is let through the SSRF guard.
        services.AddOptions<FetchingOptions>().PostConfigure<IOptions<SampleOptions>, IOptions<TelegramOptions>>((fetching, sample, telegram) =>
        {
            if (sample.Value.IsActiveWith(telegram.Value) && Uri.TryCreate(sample.Value.FeedUrl, UriKind.Absolute, out var url))
                fetching.AllowPrivateAddressesFor.Add($"{url.IdnHost}:{url.Port}");
        });
        services.AddOptions<SummaryOptions>().BindSettings(configuration, SummaryOptions.SectionName);

        services.AddSingleton<SampleNewsroom>();
        services.AddSingleton<ArticleReader>();
        services.AddSingleton<ArticleIngester>();
        services.AddSingleton<HtmlListingReader>();
        // Only the listing reader keeps page attempts, so the store comes with it wherever sources are registered.
        services.TryAddSingleton<PageAttemptStore>();
        services.AddSingleton<SourceRefresher>();
        services.AddSingleton<DueSourcePoller>();
        services.AddHostedService<SourceCatalog>();
        return services;
    }
}
