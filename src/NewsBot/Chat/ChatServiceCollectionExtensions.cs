using NewsBot.Chat.Telegram;
using NewsBot.Delivery.Telegram;

namespace NewsBot.Chat;

public static class ChatServiceCollectionExtensions
{
    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SubscriberDirectory>();
        services.AddSingleton<CommandHandler>();

        var telegram = new TelegramOptions();
        configuration.GetSection(TelegramOptions.SectionName).Bind(telegram);
        if (telegram.IsConfigured && telegram.UseLongPolling)
        {
            services.AddSingleton<TelegramUpdateHandler>();
            services.AddHostedService<TelegramReceiver>();
        }

        return services;
    }
}
