using NewsBot.Configuration;
using NewsBot.Extraction;
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
        services.AddSingleton<SampleNewsroom>();
        services.AddSingleton<ArticleIngester>();
        services.AddSingleton<HtmlListingReader>();
        services.AddSingleton<SourceRefresher>();
        services.AddSingleton<DueSourcePoller>();
        services.AddHostedService<SourceCatalog>();
        return services;
    }
}
