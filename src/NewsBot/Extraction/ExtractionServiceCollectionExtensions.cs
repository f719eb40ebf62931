namespace NewsBot.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
