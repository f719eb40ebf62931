using NewsBot.Configuration;
using NewsBot.Matching.Broadcasts;

namespace NewsBot.Chat.Admin;

public static class BroadcastServiceCollectionExtensions
{
    /// <summary>
    /// What the broadcast, alert, preview and link commands work with, and the reporter of broadcast progress. The
    /// commands themselves are found by the catalog like every other.
    /// </summary>
    public static IServiceCollection AddBroadcastCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BroadcastOptions>().BindSettings(configuration, BroadcastOptions.SectionName);
        services.AddSingleton<BroadcastSource>();
        services.AddSingleton<BroadcastAudience>();
        services.AddSingleton<BroadcastDrafts>();
        services.AddSingleton<BroadcastConfirmation>();
        services.AddSingleton<BroadcastProgress>();
        services.AddSingleton<BroadcastStop>();
        services.AddSingleton<BroadcastPreview>();
        services.AddHostedService<BroadcastProgressReporter>();
        services.AddSingleton<PreviewReader>();
        services.AddSingleton<LinkBotUsername>();
        return services;
    }
}
