using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindSettings(configuration, StorageOptions.SectionName);
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        var connectionString = configuration[$"{StorageOptions.SectionName}:ConnectionString"] ?? new StorageOptions().ConnectionString;
        services.AddDbContextFactory<SqliteNewsBotDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<IDbContextFactory<NewsBotDbContext>, TypedDbContextFactory<SqliteNewsBotDbContext>>();
        services.AddSingleton<Search.ArticleSearchIndex>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<PageAttemptStore>();
        services.AddSingleton<NativeHeapTrimmer>();
        services.AddOptions<RetentionOptions>().BindSettings(configuration, RetentionOptions.SectionName);
        services.AddSingleton<DataRetention>();

        // Registered first so the schema exists before any other hosted service touches it.
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }
}
