using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Chat.WhatsApp;
using NewsBot.Delivery;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

/// <summary>Status webhooks against a real SQLite outbox: repeated, out of order, and failures reported after acceptance.</summary>
public sealed class WhatsAppStatusRecorderTests : IAsyncDisposable
{
    private const string Chat = "6281234567890";
    private const string Wamid = "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjQ=";
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(Seed.Now));
    private readonly ChannelRateLimiters limiters;
    private readonly WhatsAppStatusRecorder recorder;
    private readonly long deliveryId;

    public WhatsAppStatusRecorderTests()
    {
        var delivery = Options.Create(new DeliveryOptions());
        limiters = new ChannelRateLimiters(delivery, time);
        var whatsApp = Options.Create(new WhatsAppOptions { UndeliverableBeforeDeactivation = 1 });
        recorder = new WhatsAppStatusRecorder(database.Contexts,
            new WhatsAppErrorMapper(new UndeliverableCounter(), new AdminAlerts(), whatsApp),
            limiters, delivery, time, NullLogger<WhatsAppStatusRecorder>.Instance);

        using var db = database.Open();
        var subscriber = Seed.Subscriber(db, Chat, ChannelKind.WhatsApp, tags: "ekonomi");
        subscriber.LastInboundUtc = Seed.Now.AddHours(-1);
        var article = Seed.Article(db, Seed.Source(db), "Pasar murah", "ekonomi");
        var row = new Storage.Delivery
        {
            ArticleId = article.Id, SubscriberId = subscriber.Id, Status = DeliveryStatus.Sent, DueUtc = Seed.Now,
            FinishedUtc = Seed.Now, ExternalMessageId = Wamid, ExternalStatus = "accepted",
        };
        db.Deliveries.Add(row);
        db.SaveChanges();
        deliveryId = row.Id;
    }

    private Task<bool> ApplyAsync(string status, int? errorCode = null) => recorder.ApplyAsync(new JsonObject
    {
        ["id"] = Wamid,
        ["status"] = status,
        ["timestamp"] = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["recipient_id"] = Chat,
        ["errors"] = errorCode is { } code ? new JsonArray(new JsonObject { ["code"] = code, ["title"] = "Scripted" }) : null,
    }.ToJsonString(), CancellationToken.None);

    private Storage.Delivery Row()
    {
        using var db = database.Open();
        return db.Deliveries.Single(d => d.Id == deliveryId);
    }

    [Fact]
    public async Task Statuses_only_move_forward_whatever_order_and_however_often_they_come()
    {
        foreach (var status in new[] { "delivered", "sent", "delivered", "read", "sent", "delivered" })
        {
            Assert.True(await ApplyAsync(status));
        }

        Assert.Equal(("read", DeliveryStatus.Sent), (Row().ExternalStatus, Row().Status));
    }

    [Fact]
    public async Task A_failure_reported_after_acceptance_counts_as_failed_and_stays_failed()
    {
        await ApplyAsync("sent");
        await ApplyAsync("failed", 131026);
        await ApplyAsync("delivered");

        var row = Row();
        Assert.Equal(("failed", DeliveryStatus.Failed), (row.ExternalStatus, row.Status));
        Assert.Contains("131026", row.LastError, StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.Equal(SubscriberState.Inactive, db.Subscribers.Single().State);
    }

    [Fact]
    public async Task A_late_131047_sends_the_news_again_through_the_template_path()
    {
        await ApplyAsync("failed", 131047);

        var row = Row();
        Assert.Equal((DeliveryStatus.Pending, null), (row.Status, row.ExternalMessageId));
        await using var db = database.Open();
        Assert.Null(db.Subscribers.Single().LastInboundUtc);
    }

    [Fact]
    public async Task A_status_for_a_row_still_being_recorded_waits()
    {
        await using (var db = database.Open())
        {
            db.Deliveries.Single().Status = DeliveryStatus.Sending;
            await db.SaveChangesAsync();
        }

        Assert.False(await ApplyAsync("failed", 131026));
        Assert.Equal(DeliveryStatus.Sending, Row().Status);
    }

    public async ValueTask DisposeAsync()
    {
        await limiters.DisposeAsync();
        database.Dispose();
    }
}
