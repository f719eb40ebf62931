using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Chat.Admin.Announcements;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Chat.Admin;
using NewsBot.Chat.Citizens;
using NewsBot.Chat.Telegram;
using NewsBot.Chat.WhatsApp;
using NewsBot.Configuration;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage.Search;

namespace NewsBot.Chat;

public static class ChatServiceCollectionExtensions
{
    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SubscriberDirectory>();
        services.AddOptions<AdminOptions>().BindSettings(configuration, AdminOptions.SectionName);
        services.AddSingleton<AdminDirectory>();
        services.AddCitizens(configuration);
        services.AddOptions<CommandFloodOptions>().BindSettings(configuration, CommandFloodOptions.SectionName);
        services.AddSingleton<CommandFloodGuard>();
        services.AddAdminTools();
        services.AddBroadcastCommands();
        AddCommands(services);
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ChatMessenger>();
        services.AddSingleton<ReplyQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplyQueue>());
        services.AddSingleton<AdminNoticeSender>();
        services.AddHostedService(provider => provider.GetRequiredService<AdminNoticeSender>());
        services.AddHostedService<AdminAlertSender>();

        // Raw reads: binding the whole section here would throw on any bad Telegram value before it can be reported.
        if (TelegramOptions.IsConfiguredIn(configuration))
        {
            services.AddSingleton<TelegramReplySender>();
            services.AddSingleton<TelegramUpdateHandler>();
            if (TelegramOptions.UsesWebhookIn(configuration))
            {
                // Updates come by webhook (TelegramWebhook, mapped by the app), stored, then carried out by the worker.
                services.AddSingleton<TelegramInbox>();
                services.AddHostedService<TelegramInboxWorker>();
                services.AddHostedService<TelegramWebhookRegistration>();
            }
            else
            {
                services.AddHostedService<TelegramReceiver>();
            }
        }

        if (WhatsAppServiceCollectionExtensions.IsConfigured(configuration))
        {
            services.AddSingleton<WhatsAppInbox>();
            services.AddSingleton<WhatsAppMessageHandler>();
            services.AddSingleton<WhatsAppReplySender>();
            services.AddSingleton<WhatsAppStatusRecorder>();
            services.AddHostedService<WhatsAppInboxWorker>();
        }

        return services;
    }

    /// <summary>Every <see cref="IChatCommand"/> in the app, so that a new command is one new file and nothing else.</summary>
    private static void AddCommands(IServiceCollection services)
    {
        var commands = typeof(IChatCommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IChatCommand).IsAssignableFrom(t));
        foreach (var command in commands) services.AddSingleton(typeof(IChatCommand), command);
    }
}
