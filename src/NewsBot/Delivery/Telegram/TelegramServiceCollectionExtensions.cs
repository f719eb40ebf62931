using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using Telegram.Bot;

namespace NewsBot.Delivery.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>Registers the Telegram.Bot client and the Telegram channel when a token is configured.</summary>
    public static IServiceCollection AddTelegramClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindSettings(configuration, TelegramOptions.SectionName);
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        if (!TelegramOptions.IsConfiguredIn(configuration)) return services;

        // The token is part of every Bot API URL, so this client must never log its requests.
        services.AddHttpClient("telegram").RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
                var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;
                // RetryThreshold 0 turns off the client's own 429 retry: the dispatcher owns every retry.
                return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!, baseUrl) { RetryThreshold = 0 }, http);
            });
        services.AddSingleton<IMessageChannel, TelegramChannel>();
        return services;
    }
}
