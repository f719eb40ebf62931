using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Broadcasts;
using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Sources;
using NewsBot.Summaries;
using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>
/// The chat commands as the app registers them (AddChat), on a real SQLite database and a fake clock, without any
/// channel: for testing what a command does and answers. What a channel shows is tested through the fake servers.
/// </summary>
public sealed class CommandTestBed : IDisposable
{
    private readonly ServiceProvider services;

    public CommandTestBed(IDictionary<string, string?>? settings = null)
    {
        Time = new FakeTimeProvider(Seed.Now);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        // Quartz keeps schedulers in a process-wide registry by name; test beds side by side must not share one.
        all.TryAdd("Scheduling:SchedulerName", "newsbot-bed-" + Guid.NewGuid().ToString("N"));
        // Tests send many commands from one chat in an instant; flood control has tests of its own that set it.
        all.TryAdd("Chat:CommandsPerChat", "10000");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Database.Contexts)
            .AddSingleton(Database.SearchTable)
            .AddSingleton<NewsBot.Storage.Search.ArticleSearchIndex>()
            .AddSingleton<ArticleStore>()
            .AddSingleton<PageAttemptStore>();
        // The whole app's services, not only AddChat: admin commands fetch sources, read delivery statistics and
        // trigger dispatch. Hosted services are registered but never started here.
        collection.AddSources(configuration, new SampleMode(NewsBotApp.RunsSampleNewsroom(configuration))).AddFetching(configuration).AddExtraction(configuration).AddSummaries(configuration)
            .AddMatching().AddBroadcasts(configuration).AddDelivery(configuration).AddChat(configuration).AddScheduling(configuration);
        services = collection.BuildServiceProvider();
    }

    public TestDatabase Database { get; } = new();

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => services;

    public CommandRouter Router => services.GetRequiredService<CommandRouter>();

    /// <summary>Sends <paramref name="text"/> as typed in a private chat (the sender is the chat) unless told otherwise.</summary>
    public Task<ChatReply> SendAsync(
        string text,
        string chatId = "100",
        string? language = "id",
        string? senderId = null,
        ChannelKind channel = ChannelKind.Telegram,
        ChatKind chatKind = ChatKind.Private,
        bool fromButton = false)
    {
        var command = ChatCommand.FromText(channel, chatId, text, language)
                      ?? throw new ArgumentException("The text holds no command.", nameof(text));
        return Router.HandleAsync(command with { SenderId = senderId ?? chatId, ChatKind = chatKind, FromButton = fromButton }, CancellationToken.None);
    }

    public NewsBotDbContext Open() => Database.Open();

    /// <summary>The tags of a chat's subscription, sorted.</summary>
    public List<string> TagsOf(string chatId)
    {
        using var db = Open();
        return db.Subscribers.Include(s => s.Tags).Single(s => s.ChatId == chatId).Tags.Select(t => t.Tag).Order().ToList();
    }

    public void Dispose()
    {
        services.Dispose();
        Database.Dispose();
    }
}
