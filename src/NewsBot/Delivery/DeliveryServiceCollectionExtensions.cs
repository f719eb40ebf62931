using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;

namespace NewsBot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().BindSettings(configuration, DeliveryOptions.SectionName);
        services.AddSingleton<AdminAlerts>();
        services.AddSingleton<Digests.DigestAssembler>();
        services.AddSingleton(provider => new ChannelRateLimiters(provider.GetRequiredService<IOptions<DeliveryOptions>>(), TimeProvider.System));
        services.AddSingleton<PacedRequests>();
        services.AddSingleton<DeliveryOutcomeRecorder>();
        services.AddSingleton<OutboxClaims>();
        services.AddSingleton<WithdrawnArticles>();
        services.AddSingleton<DeliverySender>();
        services.AddSingleton<DispatchSignal>();
        services.AddSingleton<DispatchPasses>();
        services.AddSingleton(new SenderRole(heldByEveryInstance: Storage.StorageOptions.ProviderIn(configuration) != Storage.StorageProvider.Postgres));
        services.AddSingleton<DeliveryStats>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddHostedService<OutboxRecovery>();
        services.AddSingleton<IMessageChannel>(_ => new ConsoleChannel(Console.Out));
        services.AddTelegramClient(configuration);
        services.AddWhatsAppClient(configuration);
        return services;
    }
}
