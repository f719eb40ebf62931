namespace NewsBot.Summaries;

public static class SummariesServiceCollectionExtensions
{
    /// <summary>All summary parts are stateless and thread-safe, so singletons.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<ArticleTextCleaner>();
        services.AddSingleton<LeadSummarizer>();
        return services;
    }
}
