namespace NewsBot.Fetching;

public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
