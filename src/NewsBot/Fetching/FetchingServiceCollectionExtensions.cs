using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsBot.Fetching;

public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchingOptions>()
            .Bind(configuration.GetSection(FetchingOptions.SectionName))
            .Validate(o => o.MaxBodyBytes > 0, "Fetching:MaxBodyBytes must be greater than 0.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromMinutes(10),
                "Fetching:Timeout must be between 00:00:00.001 and 00:10:00.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.UserAgent) && o.UserAgent.All(c => c is >= ' ' and <= '~'),
                "Fetching:UserAgent must be a non-empty ASCII string.")
            .Validate(o => o.MaxConnectionsPerHost is >= 1 and <= 16, "Fetching:MaxConnectionsPerHost must be between 1 and 16.")
            .Validate(o => o.MaxRedirects is >= 0 and <= 20, "Fetching:MaxRedirects must be between 0 and 20.")
            .ValidateOnStart();

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
