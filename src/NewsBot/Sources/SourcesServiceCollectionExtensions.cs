using NewsBot.Extraction;
using NewsBot.Summaries;

namespace NewsBot.Sources;

public static class SourcesServiceCollectionExtensions
{
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SampleOptions>().Bind(configuration.GetSection(SampleOptions.SectionName));
        services.AddOptions<SummaryOptions>().Bind(configuration.GetSection(SummaryOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<SampleNewsroom>();
        services.AddSingleton<ArticleReader>();
        services.AddSingleton<SourceRefresher>();
        services.AddSingleton<DueSourcePoller>();
        services.AddHostedService<SourceCatalog>();
        return services;
    }
}
