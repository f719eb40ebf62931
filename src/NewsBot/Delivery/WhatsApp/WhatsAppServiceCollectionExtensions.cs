using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Delivery.WhatsApp;

public static class WhatsAppServiceCollectionExtensions
{
    /// <summary>Registers the WhatsApp Cloud API client and the WhatsApp channel when an access token is configured.</summary>
    public static IServiceCollection AddWhatsAppClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WhatsAppOptions>().BindSettings(configuration, WhatsAppOptions.SectionName);
        services.AddSingleton<IValidateOptions<WhatsAppOptions>, WhatsAppOptionsValidator>();

        if (!IsConfigured(configuration)) return services;

        // The access token travels in a header of every request, so this client must never log its requests.
        services.AddHttpClient<WhatsAppClient>("whatsapp").RemoveAllLoggers()
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<UndeliverableCounter>();
        services.AddSingleton<WhatsAppErrorMapper>();
        services.AddSingleton<WhatsAppDeliveryStore>();
        services.AddSingleton<IMessageChannel, WhatsAppChannel>();
        return services;
    }

    public static bool IsConfigured(IConfiguration configuration) => WhatsAppOptions.IsConfiguredIn(configuration);
}
