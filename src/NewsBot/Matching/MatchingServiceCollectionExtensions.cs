namespace NewsBot.Matching;

public static class MatchingServiceCollectionExtensions
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSingleton<DeliveryPlanner>();
        return services;
    }
}
