using NewsBot.Extraction.Tagging;

namespace NewsBot.Summaries;

public static class SummariesServiceCollectionExtensions
{
    /// <summary>
    /// All summary parts are stateless and thread-safe, so singletons. Tagging is registered here too: both read the
    /// article's title and text once it is extracted, and both are configured by the same people.
    /// </summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<ArticleTextCleaner>();
        services.AddSingleton(SentenceModel.Trained);
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<LeadSummarizer>();
        services.AddTagging(configuration);
        return services;
    }
}
