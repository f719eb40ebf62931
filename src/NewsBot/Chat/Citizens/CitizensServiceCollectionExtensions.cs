namespace NewsBot.Chat.Citizens;

public static class CitizensServiceCollectionExtensions
{
    /// <summary>What the citizens' commands share (the commands themselves are found by <see cref="ChatServiceCollectionExtensions"/>).</summary>
    public static IServiceCollection AddCitizens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SubscriptionEditor>();
        services.AddSingleton<ChatSettingsGuard>();
        services.AddOptions<NewsroomChannelOptions>().Bind(configuration.GetSection(NewsroomChannelOptions.SectionName))
            .Validate(o => o.IsValid, "Telegram:NewsroomChannels must list numeric chat ids, e.g. -1001234567890.")
            .ValidateOnStart();
        services.AddHostedService<NewsroomChannelSubscriptions>();
        return services;
    }
}
