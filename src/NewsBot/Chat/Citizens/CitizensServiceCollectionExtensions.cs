using NewsBot.Configuration;

namespace NewsBot.Chat.Citizens;

public static class CitizensServiceCollectionExtensions
{
    /// <summary>What the citizens' commands share (the commands themselves are found by <see cref="ChatServiceCollectionExtensions"/>).</summary>
    public static IServiceCollection AddCitizens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SubscriptionEditor>();
        services.AddSingleton<ChatSettingsGuard>();
        services.AddOptions<NewsroomChannelOptions>().BindSettings(configuration, NewsroomChannelOptions.SectionName);
        services.AddHostedService<NewsroomChannelSubscriptions>();
        return services;
    }
}
