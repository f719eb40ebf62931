using NewsBot.Configuration;

namespace NewsBot.Summaries;

public static class SummariesServiceCollectionExtensions
{
    /// <summary>
    /// All summary parts are stateless and thread-safe, so singletons.
    /// </summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<ArticleTextCleaner>();
        services.AddSingleton(SentenceModel.Trained);
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<LeadSummarizer>();
        services.AddOptions<SummaryOptions>().BindSettings(configuration, SummaryOptions.SectionName);
        return services;
    }
}
