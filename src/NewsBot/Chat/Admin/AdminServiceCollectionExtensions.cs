using NewsBot.Chat.Admin.Newsroom;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Chat.Telegram;

namespace NewsBot.Chat.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>What the admin commands share: the audit log, confirmations, the source probe, polling on request, menus.</summary>
    public static IServiceCollection AddAdminTools(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<PendingConfirmations>();
        services.AddSingleton<SourceProbe>();
        services.AddSingleton<SourcePollRunner>();
        services.AddSingleton<TelegramCommandMenus>();
        return services;
    }
}
