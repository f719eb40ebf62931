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
        if (StorageOptions.ProviderIn(configuration) == StorageProvider.Postgres)
        {
            services.AddDbContextFactory<PostgresNewsBotDbContext>(options => options.UseNpgsql(connectionString));
            services.AddSingleton<IDbContextFactory<NewsBotDbContext>, TypedDbContextFactory<PostgresNewsBotDbContext>>();
            services.AddSingleton<Search.ISearchTable, Search.PostgresSearchTable>();
        }
        else
        {
            services.AddDbContextFactory<SqliteNewsBotDbContext>(options => options.UseSqlite(connectionString));
            services.AddSingleton<IDbContextFactory<NewsBotDbContext>, TypedDbContextFactory<SqliteNewsBotDbContext>>();
            services.AddSingleton<Search.ISearchTable, Search.Fts5SearchTable>();
        }

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
