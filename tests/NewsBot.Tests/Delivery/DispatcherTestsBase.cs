using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>The dispatcher over a real SQLite outbox, with a scripted channel standing in for Telegram.</summary>
public abstract class DispatcherTestsBase : IAsyncLifetime
{
    protected readonly TestDatabase database = new();
    protected readonly FakeTimeProvider time = new(Seed.Now);
    protected readonly Mock<IMessageChannel> channel = new();
    protected readonly List<NewsMessage> sent = [];
    protected readonly DeliveryOptions options = new()
    {
        MaxAttempts = 3,
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        Telegram = new ChannelRateLimits { MessagesPerSecond = 10_000 },
    };
    protected ChannelRateLimiters limiters = null!;
    protected DeliveryDispatcher dispatcher = null!;

    /// <summary>Broadcasts an admin stopped, as the stop command marks them.</summary>
    protected WithdrawnArticles Withdrawn { get; } = new();

    public Task InitializeAsync()
    {
        channel.SetupGet(c => c.Kind).Returns(ChannelKind.Telegram);
        limiters = new ChannelRateLimiters(Options.Create(options), time);
        var recorder = new DeliveryOutcomeRecorder(database.Contexts, Options.Create(options), time, NullLogger<DeliveryOutcomeRecorder>.Instance);
        var sender = new DeliverySender([channel.Object], limiters, Withdrawn, NullLogger<DeliverySender>.Instance);
        dispatcher = new DeliveryDispatcher(new OutboxClaims(database.Contexts, Options.Create(options), time), sender, limiters, recorder,
            new DispatchSignal(), new NativeHeapTrimmer(time, Options.Create(new StorageOptions())), new DispatchPasses(), time, Options.Create(options),
            NullLogger<DeliveryDispatcher>.Instance);
        return Task.CompletedTask;
    }

    protected void ChannelAnswers(Func<NewsMessage, SendOutcome> answer) =>
        channel.Setup(c => c.SendAsync(It.IsAny<NewsMessage>(), It.IsAny<CancellationToken>()))
            .Returns<NewsMessage, CancellationToken>((message, _) =>
            {
                lock (sent) sent.Add(message);
                return Task.FromResult(answer(message));
            });

    protected async Task<long> PlanArticleForAsync(params string[] chatIds)
    {
        long articleId;
        using (var db = database.Open())
        {
            articleId = Seed.Article(db, Seed.Source(db, $"https://x.go.id/{Guid.NewGuid():N}"), "Banjir di Sayung", "banjir").Id;
            foreach (var chatId in chatIds) Seed.Subscriber(db, chatId, tags: ["banjir"]);
        }

        await new DeliveryPlanner(database.Contexts, time, NullLogger<DeliveryPlanner>.Instance).PlanAsync([articleId], 0, CancellationToken.None);
        return articleId;
    }

    protected List<NewsBot.Storage.Delivery> Deliveries()
    {
        using var db = database.Open();
        return db.Deliveries.OrderBy(d => d.Id).ToList();
    }

    public async Task DisposeAsync()
    {
        await limiters.DisposeAsync();
        database.Dispose();
    }
}
