using NewsBot.Configuration;

namespace NewsBot.Broadcasts;

public static class BroadcastsServiceCollectionExtensions
{
    /// <summary>
    /// A broadcast is staff's own message to every subscriber (or some tags): drafted, confirmed once, planned as
    /// deliveries of a hidden source, followed and stoppable. The commands that drive it live in Chat/Admin.
    /// </summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BroadcastOptions>().BindSettings(configuration, BroadcastOptions.SectionName);
        services.AddSingleton<BroadcastSource>();
        services.AddSingleton<BroadcastAudience>();
        services.AddSingleton<BroadcastDrafts>();
        services.AddSingleton<BroadcastConfirmation>();
        services.AddSingleton<BroadcastProgress>();
        services.AddSingleton<BroadcastStop>();
        return services;
    }
}
