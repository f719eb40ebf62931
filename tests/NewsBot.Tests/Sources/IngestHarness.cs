using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsBot.Delivery;
using NewsBot.Extraction;
using NewsBot.Extraction.Tagging;
using NewsBot.Fetching;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Sources;
using NewsBot.Storage;
using NewsBot.Storage.Search;
using NewsBot.Summaries;
using NewsBot.Tests.Support;
using Quartz;

namespace NewsBot.Tests.Sources;

/// <summary>
/// The real ingest path (reader, summariser, store, planner) over a real SQLite file, with one subscriber following the
/// source's tag so every article that is sent shows up as a delivery row. Loopback is allowed for the fake sites.
/// </summary>
public sealed class IngestHarness : IDisposable
{
    private readonly TestDatabase database = new();

    /// <param name="handler">Answers the fetcher's requests instead of the network (a site serving exactly these bytes).</param>
    /// <param name="refresherLogger">Receives what the refresher logs, for tests of its log lines.</param>
    public IngestHarness(
        int minFeedTextChars = 0, int maxPagesPerPoll = 10, int maxPageAttempts = 5,
        HttpMessageHandler? handler = null, ILogger<SourceRefresher>? refresherLogger = null)
    {
        var sources = Options.Create(new SourcesOptions { MaxPagesPerPoll = maxPagesPerPoll, MaxPageAttempts = maxPageAttempts });
        var fetching = new FetchingOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(5) };
        Fetcher = new HttpFetcher(new HttpClient(handler ?? GuardedHandler.Create(fetching)), Options.Create(fetching), TimeProvider.System);
        var reader = new ArticleReader(
            Fetcher, new ArticlePageExtractor(), new ArticleTagger(Options.Create(new TaggingOptions())),
            Options.Create(new ArticleReadingOptions { MinFeedTextChars = minFeedTextChars }), NullLogger<ArticleReader>.Instance);
        var schedulers = new Mock<ISchedulerFactory>();
        schedulers.Setup(s => s.GetScheduler(It.IsAny<CancellationToken>())).ReturnsAsync(Mock.Of<IScheduler>());
        Search = new ArticleSearchIndex(database.Contexts, database.SearchTable, NullLogger<ArticleSearchIndex>.Instance);
        Ingester = new ArticleIngester(
            reader, new ExtractiveSummarizer(), new ArticleStore(database.Contexts, Search),
            new DeliveryPlanner(database.Contexts, Time, NullLogger<DeliveryPlanner>.Instance),
            new DispatchTrigger(schedulers.Object, new DispatchSignal()),
            sources, Options.Create(new SummaryOptions()), Time, NullLogger<ArticleIngester>.Instance);
        var attempts = new PageAttemptStore(database.Contexts);
        var listingReader = new HtmlListingReader(
            Fetcher, new ListingLinkFinder(), new ArticlePageExtractor(), new ArticleStore(database.Contexts, Search), attempts, sources, Time,
            NullLogger<HtmlListingReader>.Instance);
        Refresher = new SourceRefresher(
            database.Contexts, Fetcher, new FeedParser(), listingReader, Ingester, attempts, Alerts, sources, Time,
            refresherLogger ?? NullLogger<SourceRefresher>.Instance);
        using var db = database.Open();
        Seed.Subscriber(db, "1001", tags: "demak");
    }

    public FakeTimeProvider Time { get; } = new(Seed.Now);

    /// <summary>What the refresher raised for the admins.</summary>
    public AdminAlerts Alerts { get; } = new();

    public HttpFetcher Fetcher { get; }

    /// <summary>The search index over the harness's articles (/cari's).</summary>
    public ArticleSearchIndex Search { get; }

    public ArticleIngester Ingester { get; }

    public SourceRefresher Refresher { get; }

    public Source AddSource(
        string url, bool baselineTaken = false, DateTime? lastSuccessUtc = null, SourceKind kind = SourceKind.Feed, string? linkSelector = null)
    {
        using var db = database.Open();
        var source = new Source
        {
            Name = "Demak", Url = url, Kind = kind, DefaultTags = "demak", CreatedUtc = Seed.Now, NextCheckUtc = Seed.Now,
            BaselineTaken = baselineTaken, LastSuccessUtc = lastSuccessUtc, LinkSelector = linkSelector,
        };
        db.Sources.Add(source);
        db.SaveChanges();
        return source;
    }

    /// <summary>Ingests like the refresher does: on a tracked source row, saved afterwards.</summary>
    public async Task<RefreshResult> IngestAsync(int sourceId, params FeedItem[] items)
    {
        await using var db = database.Open();
        var source = db.Sources.Single(s => s.Id == sourceId);
        var result = await Ingester.IngestAsync(source, items, CancellationToken.None);
        await db.SaveChangesAsync();
        return result;
    }

    public List<Article> Articles()
    {
        using var db = database.Open();
        return db.Articles.AsNoTracking().OrderBy(a => a.Id).ToList();
    }

    public List<string> TagsOf(long articleId)
    {
        using var db = database.Open();
        return db.ArticleTags.Where(t => t.ArticleId == articleId).Select(t => t.Tag).OrderBy(t => t).ToList();
    }

    public int Deliveries()
    {
        using var db = database.Open();
        return db.Deliveries.Count();
    }

    public List<PageAttempt> PageAttempts()
    {
        using var db = database.Open();
        return db.PageAttempts.AsNoTracking().OrderBy(p => p.Id).ToList();
    }

    public Source Reload(int sourceId)
    {
        using var db = database.Open();
        return db.Sources.AsNoTracking().Single(s => s.Id == sourceId);
    }

    public void Dispose() => database.Dispose();
}
