using NewsBot.Configuration;
using NewsBot.Extraction.Tagging;

namespace NewsBot.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>The parsers hold no state, so one instance serves every source; the tagger is part of reading an article.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArticlePageOptions>().BindSettings(configuration, ArticlePageOptions.SectionName);
        services.AddOptions<ArticleReadingOptions>().BindSettings(configuration, ArticleReadingOptions.SectionName);
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ArticlePageExtractor>();
        services.AddSingleton<ListingLinkFinder>();
        services.AddSingleton<ArticleReader>();
        services.AddTagging(configuration);
        return services;
    }
}
