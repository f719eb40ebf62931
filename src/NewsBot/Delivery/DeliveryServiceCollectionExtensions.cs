using NewsBot.Delivery.Telegram;

namespace NewsBot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChannelRateLimiters>();
        services.AddSingleton<DeliveryOutcomeRecorder>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<IMessageChannel>(_ => new ConsoleChannel(Console.Out));
        services.AddTelegramClient(configuration);
        return services;
    }
}
