using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Chat.Admin;
using NewsBot.Chat.Citizens;
using NewsBot.Chat.Telegram;
using NewsBot.Chat.WhatsApp;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage.Search;

namespace NewsBot.Chat;

public static class ChatServiceCollectionExtensions
{
    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SubscriberDirectory>();
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        services.AddSingleton<AdminDirectory>();
        services.AddCitizens(configuration);
        services.AddOptions<CommandFloodOptions>().Bind(configuration.GetSection(CommandFloodOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CommandFloodGuard>();
        services.AddAdminTools();
        services.AddBroadcastCommands(configuration);
        AddCommands(services);
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ChatMessenger>();
        services.AddSingleton<ReplyQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplyQueue>());
        services.AddSingleton<AdminNoticeSender>();
        services.AddHostedService(provider => provider.GetRequiredService<AdminNoticeSender>());
        services.AddHostedService<AdminAlertSender>();

        var telegram = new TelegramOptions();
        configuration.GetSection(TelegramOptions.SectionName).Bind(telegram);
        if (telegram.IsConfigured) services.AddSingleton<TelegramReplySender>();
        if (telegram.IsConfigured && telegram.UseLongPolling)
        {
            services.AddSingleton<TelegramUpdateHandler>();
            services.AddHostedService<TelegramReceiver>();
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
