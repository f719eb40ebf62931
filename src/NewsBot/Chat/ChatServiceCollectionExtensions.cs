using NewsBot.Chat.Telegram;
using NewsBot.Chat.WhatsApp;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;

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

        if (WhatsAppServiceCollectionExtensions.IsConfigured(configuration))
        {
            services.AddSingleton<WhatsAppInbox>();
            services.AddSingleton<WhatsAppMessageHandler>();
            services.AddSingleton<WhatsAppTopicPicker>();
            services.AddSingleton<WhatsAppStatusRecorder>();
            services.AddHostedService<WhatsAppInboxWorker>();
        }

        return services;
    }
}
