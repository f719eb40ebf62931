using NewsBot.Chat.Admin.Newsroom;

namespace NewsBot.Chat.Admin.Announcements;

public static class BroadcastServiceCollectionExtensions
{
    /// <summary>
    /// What the broadcast, alert, preview and link commands work with beyond the broadcasts themselves (AddBroadcasts),
    /// and the reporter of broadcast progress. The commands themselves are found by the catalog like every other.
    /// </summary>
    public static IServiceCollection AddBroadcastCommands(this IServiceCollection services)
    {
        services.AddSingleton<BroadcastPreview>();
        services.AddHostedService<BroadcastProgressReporter>();
        services.AddSingleton<PreviewReader>();
        services.AddSingleton<LinkBotUsername>();
        return services;
    }
}
