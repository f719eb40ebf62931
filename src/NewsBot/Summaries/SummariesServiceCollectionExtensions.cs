namespace NewsBot.Summaries;

public static class SummariesServiceCollectionExtensions
{
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
