using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Fetching;

public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchingOptions>().BindSettings(configuration, FetchingOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<HttpFetcher>(client =>
            {
                // HttpFetcher enforces its own total timeout so that it can tell a timeout from the caller's cancellation.
                client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
                GuardedHandler.Create(provider.GetRequiredService<IOptions<FetchingOptions>>().Value));

        return services;
    }
}
