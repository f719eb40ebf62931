using NewsBot.Configuration;

namespace NewsBot.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>The parsers hold no state, so one instance serves every source.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArticlePageOptions>().BindSettings(configuration, ArticlePageOptions.SectionName);
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ArticlePageExtractor>();
        services.AddSingleton<ListingLinkFinder>();
        return services;
    }
}
