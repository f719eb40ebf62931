using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>Registers polling and ingesting; <paramref name="sample"/> is the app's decision on the sample newsroom.</summary>
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration, SampleMode sample)
    {
        services.AddSingleton(sample);
        services.AddOptions<SourcesOptions>().BindSettings(configuration, SourcesOptions.SectionName);
        services.AddOptions<SampleOptions>().BindSettings(configuration, SampleOptions.SectionName);
        // The sample newsroom is served by this app on loopback; only its own address is let through the SSRF guard.
        if (sample.Runs)
        {
            services.AddOptions<FetchingOptions>().PostConfigure<IOptions<SampleOptions>>((fetching, sampleOptions) =>
            {
                if (Uri.TryCreate(sampleOptions.Value.FeedUrl, UriKind.Absolute, out var url))
                    fetching.AllowPrivateAddressesFor.Add($"{url.IdnHost}:{url.Port}");
            });
        }

        services.AddSingleton<SampleNewsroom>();
        services.AddSingleton<ArticleIngester>();
        services.AddSingleton<HtmlListingReader>();
        services.AddSingleton<SourceRefresher>();
        services.AddSingleton<DueSourcePoller>();
        services.AddHostedService<SourceCatalog>();
        return services;
    }
}
