using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>The retention clean-up over a real SQLite database: what goes, what stays whatever its age.</summary>
public sealed class DataRetentionTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(Seed.Now);
    private readonly long articleId;

    public DataRetentionTests()
    {
        using var db = database.Open();
        articleId = Seed.Article(db, Seed.Source(db), "Banjir di Sayung", "banjir").Id;
    }

    [Fact]
    public async Task Finished_deliveries_older_than_the_retention_go_and_unfinished_ones_stay_whatever_their_age()
    {
        var old = TimeSpan.FromDays(-31);
        var recent = TimeSpan.FromDays(-29);
        AddDelivery("sent-long-ago", DeliveryStatus.Sent, old);
        AddDelivery("failed-long-ago", DeliveryStatus.Failed, old);
        AddDelivery("cancelled-long-ago", DeliveryStatus.Cancelled, old);
        AddDelivery("sent-last-week", DeliveryStatus.Sent, recent);
        AddDelivery("pending-since-long-ago", DeliveryStatus.Pending, old, finished: false);
        AddDelivery("sending-since-long-ago", DeliveryStatus.Sending, old, finished: false);
        AddDelivery("held-since-long-ago", DeliveryStatus.Held, old, finished: false);

        var counts = await Retention(new RetentionOptions { DeliveryDays = 30 }).PruneAsync(CancellationToken.None);

        Assert.Equal(3, counts.Deliveries);
        Assert.Equal(
            ["held-since-long-ago", "pending-since-long-ago", "sending-since-long-ago", "sent-last-week"],
            RemainingChats());
    }

    [Fact]
    public async Task A_clean_up_larger_than_one_batch_runs_batch_after_batch_to_the_end()
    {
        for (var i = 0; i < 250; i++) AddDelivery($"chat-{i}", DeliveryStatus.Sent, TimeSpan.FromDays(-40));
        AddDelivery("sent-yesterday", DeliveryStatus.Sent, TimeSpan.FromDays(-1));

        var counts = await Retention(new RetentionOptions { DeliveryDays = 30, BatchSize = 100 }).PruneAsync(CancellationToken.None);

        Assert.Equal(250, counts.Deliveries);
        Assert.Equal(["sent-yesterday"], RemainingChats());
    }

    [Fact]
    public async Task Zero_days_keeps_everything()
    {
        AddDelivery("sent-years-ago", DeliveryStatus.Sent, TimeSpan.FromDays(-3000));
        AddAudit(TimeSpan.FromDays(-3000));
        AddInbound("wamid.old", processedAgo: TimeSpan.FromDays(-3000));

        var counts = await Retention(new RetentionOptions { DeliveryDays = 0, AuditDays = 0, WhatsAppInboundDays = 0 })
            .PruneAsync(CancellationToken.None);

        Assert.Equal(0, counts.Total);
        Assert.Equal(["sent-years-ago"], RemainingChats());
    }

    [Fact]
    public async Task Admin_alerts_sent_long_ago_go_and_one_still_owed_stays_however_old()
    {
        using (var db = database.Open())
        {
            foreach (var (key, sent) in new[] { ("sent-long-ago", (DateTime?)Seed.Now.AddDays(-400)), ("owed", null) })
            {
                db.AdminNotices.Add(new AdminNotice
                {
                    Channel = ChannelKind.Telegram, ChatId = "1", Key = key, Indonesian = "id", English = "en",
                    CreatedUtc = Seed.Now.AddDays(-400), DueUtc = Seed.Now.AddDays(-400), SentUtc = sent,
                });
            }

            db.SaveChanges();
        }

        var counts = await Retention(new RetentionOptions()).PruneAsync(CancellationToken.None);

        Assert.Equal(1, counts.AdminAlerts);
        using var check = database.Open();
        Assert.Equal(["owed"], check.AdminNotices.Select(n => n.Key).ToList());
    }

    [Fact]
    public async Task Old_audit_entries_and_processed_webhook_items_go_unprocessed_items_stay()
    {
        AddAudit(TimeSpan.FromDays(-400));
        AddAudit(TimeSpan.FromDays(-10));
        AddInbound("wamid.processed-long-ago", processedAgo: TimeSpan.FromDays(-8));
        AddInbound("wamid.processed-today", processedAgo: TimeSpan.FromHours(-1));
        AddInbound("wamid.never-processed", processedAgo: null);

        var counts = await Retention(new RetentionOptions()).PruneAsync(CancellationToken.None);

        Assert.Equal(new RetentionCounts(0, 1, 1), counts);
        using var db = database.Open();
        Assert.Equal([Seed.Now.AddDays(-10)], db.AuditEntries.Select(e => e.AtUtc).ToList());
        Assert.Equal(["wamid.never-processed", "wamid.processed-today"], db.WhatsAppInbound.Select(i => i.ExternalId).Order().ToList());
    }

    [Fact]
    public async Task Processed_Telegram_webhook_updates_older_than_the_retention_go_and_unprocessed_ones_stay()
    {
        AddTelegramUpdate(1, processedAgo: TimeSpan.FromDays(-8));
        AddTelegramUpdate(2, processedAgo: TimeSpan.FromHours(-1));
        AddTelegramUpdate(3, processedAgo: null);

        var counts = await Retention(new RetentionOptions()).PruneAsync(CancellationToken.None);

        Assert.Equal(new RetentionCounts(0, 0, 0, TelegramInbound: 1), counts);
        using var db = database.Open();
        Assert.Equal([2L, 3L], db.TelegramInbound.Select(i => i.UpdateId).Order().ToList());
    }

    [Fact]
    public async Task Zero_days_keeps_processed_Telegram_webhook_updates()
    {
        AddTelegramUpdate(1, processedAgo: TimeSpan.FromDays(-3000));

        var counts = await Retention(new RetentionOptions { TelegramInboundDays = 0 }).PruneAsync(CancellationToken.None);

        Assert.Equal(0, counts.Total);
    }

    private void AddTelegramUpdate(long updateId, TimeSpan? processedAgo)
    {
        using var db = database.Open();
        db.TelegramInbound.Add(new TelegramInbound
        {
            UpdateId = updateId, Payload = "{}", ReceivedUtc = Seed.Now.AddDays(-9), DueUtc = Seed.Now.AddDays(-9),
            Attempts = 1, ProcessedUtc = Seed.Now + processedAgo,
        });
        db.SaveChanges();
    }

    private DataRetention Retention(RetentionOptions options) =>
        new(database.Contexts, Options.Create(options), time, NullLogger<DataRetention>.Instance);

    private void AddDelivery(string chatId, DeliveryStatus status, TimeSpan age, bool finished = true)
    {
        using var db = database.Open();
        var subscriber = Seed.Subscriber(db, chatId, tags: ["banjir"]);
        db.Deliveries.Add(new NewsBot.Storage.Delivery
        {
            ArticleId = articleId, SubscriberId = subscriber.Id, Status = status, CreatedUtc = Seed.Now + age,
            DueUtc = Seed.Now + age, FinishedUtc = finished ? Seed.Now + age + TimeSpan.FromSeconds(5) : null,
        });
        db.SaveChanges();
    }

    private void AddAudit(TimeSpan age)
    {
        using var db = database.Open();
        db.AuditEntries.Add(new AuditEntry { AtUtc = Seed.Now + age, ChatId = "42", Command = "jeda", Outcome = "ok" });
        db.SaveChanges();
    }

    private void AddInbound(string externalId, TimeSpan? processedAgo)
    {
        using var db = database.Open();
        db.WhatsAppInbound.Add(new WhatsAppInbound
        {
            Kind = WhatsAppInboundKind.Message, ExternalId = externalId, Payload = "{}", ReceivedUtc = Seed.Now.AddDays(-9),
            DueUtc = Seed.Now.AddDays(-9), ProcessedUtc = Seed.Now + processedAgo,
        });
        db.SaveChanges();
    }

    private List<string> RemainingChats()
    {
        using var db = database.Open();
        return db.Deliveries.Select(d => d.Subscriber!.ChatId).Order().ToList();
    }

    public void Dispose() => database.Dispose();
}
