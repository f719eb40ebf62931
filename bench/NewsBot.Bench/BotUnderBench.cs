using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Bench;

/// <summary>The bot's real storage, matching and delivery registrations, pointed at a database file and a Bot API URL.</summary>
public sealed class BotUnderBench : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public BotUnderBench(string databasePath, string botApiUrl, int messagesPerSecond, bool paidBroadcast)
        : this(StorageProvider.Sqlite, $"Data Source={databasePath}", botApiUrl, messagesPerSecond, paidBroadcast)
    {
    }

    public BotUnderBench(StorageProvider provider, string connectionString, string botApiUrl, int messagesPerSecond, bool paidBroadcast)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider.ToString(),
            ["Storage:ConnectionString"] = connectionString,
            ["Telegram:BotToken"] = "123456:BENCH-fake-token-for-benchmarks",
            ["Telegram:ApiBaseUrl"] = botApiUrl,
            ["Delivery:Telegram:MessagesPerSecond"] = messagesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Telegram:AllowPaidBroadcast"] = paidBroadcast ? "true" : "false",
            ["Delivery:RetryBaseDelay"] = "00:00:01",
            ["WhatsApp:AccessToken"] = "BENCH-fake-access-token",
            ["WhatsApp:PhoneNumberId"] = "1065403522",
            ["WhatsApp:AppSecret"] = "bench-app-secret",
            ["WhatsApp:VerifyToken"] = "bench-verify-token",
            ["WhatsApp:ApiBaseUrl"] = botApiUrl,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton(TimeProvider.System);
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddStorage(configuration).AddSummaries(configuration).AddMatching().AddDelivery(configuration);
        services = collection.BuildServiceProvider();
    }

    public IDbContextFactory<NewsBotDbContext> Contexts => services.GetRequiredService<IDbContextFactory<NewsBotDbContext>>();

    public DeliveryPlanner Planner => services.GetRequiredService<DeliveryPlanner>();

    public DeliveryDispatcher Dispatcher => services.GetRequiredService<DeliveryDispatcher>();

    public DataRetention Retention => services.GetRequiredService<DataRetention>();

    public OutboxRecovery Recovery => services.GetServices<IHostedService>().OfType<OutboxRecovery>().Single();

    public async Task MigrateAsync()
    {
        await using var db = Contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
