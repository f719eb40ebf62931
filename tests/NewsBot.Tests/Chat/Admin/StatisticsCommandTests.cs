using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Admin;

/// <summary>/statistik counts subscribers per channel and topic, the week's comings and goings, the day's deliveries and source health.</summary>
public sealed class StatisticsCommandTests : IDisposable
{
    private const string Admin = "9002";
    private readonly CommandTestBed bed = new(new Dictionary<string, string?> { ["Admins:Telegram:Admins:0"] = Admin });

    [Fact]
    public async Task Counts_subscribers_deliveries_and_source_health()
    {
        var now = Seed.Now;
        using (var db = bed.Open())
        {
            var healthy = Seed.Source(db);
            healthy.LastSuccessUtc = now.AddMinutes(-10);
            var failing = Seed.Source(db, "https://kudus.go.id/feed");
            failing.Name = "Kudus";
            failing.ConsecutiveFailures = 3;
            failing.LastError = "HTTP 503 Service Unavailable from https://kudus.go.id/feed.";
            failing.LastErrorKind = NewsBot.Fetching.FetchProblemKind.ServerError;
            failing.LastErrorStatus = 503;
            failing.LastSuccessUtc = now.AddHours(-5);
            failing.IsEnabled = false;
            db.SaveChanges();

            var old = Seed.Subscriber(db, "1", tags: ["ekonomi", "banjir"]);
            old.CreatedUtc = now.AddDays(-30);
            Seed.Subscriber(db, "2", tags: ["ekonomi"]);
            Seed.Subscriber(db, "6281100000001", ChannelKind.WhatsApp, tags: ["banjir"]);
            var blocked = Seed.Subscriber(db, "3", state: SubscriberState.Inactive, tags: ["ekonomi"]);
            blocked.CreatedUtc = now.AddDays(-30);
            var left = Seed.Subscriber(db, "4");
            left.CreatedUtc = now.AddDays(-30);
            db.SaveChanges();

            var article = Seed.Article(db, healthy, "Pasar murah", "ekonomi");
            var subscribers = db.Subscribers.OrderBy(s => s.Id).ToList();
            var statuses = new[] { DeliveryStatus.Sent, DeliveryStatus.Sent, DeliveryStatus.Failed, DeliveryStatus.Pending, DeliveryStatus.Withdrawn };
            for (var i = 0; i < statuses.Length; i++)
            {
                db.Deliveries.Add(new Storage.Delivery { ArticleId = article.Id, SubscriberId = subscribers[i].Id, Status = statuses[i], CreatedUtc = now.AddHours(-1), DueUtc = now });
            }

            // Older than a day: not counted.
            var older = Seed.Article(db, healthy, "Arsip", "ekonomi");
            db.Deliveries.Add(new Storage.Delivery { ArticleId = older.Id, SubscriberId = subscribers[0].Id, Status = DeliveryStatus.Sent, CreatedUtc = now.AddDays(-2), DueUtc = now });
            db.SaveChanges();
        }

        var reply = await bed.SendAsync("/statistik", chatId: Admin);

        Assert.Contains("Telegram: 3 aktif, 1 nonaktif", reply.Text, StringComparison.Ordinal);
        Assert.Contains("WhatsApp: 1 aktif, 0 nonaktif", reply.Text, StringComparison.Ordinal);
        Assert.Contains("🏷 Per topik: banjir 2, ekonomi 2", reply.Text, StringComparison.Ordinal);
        Assert.Contains("7 hari terakhir: 2 baru, 2 hilang (1 nonaktif/diblokir, 1 berhenti dari semua topik)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("24 jam terakhir: 2 terkirim, 1 gagal, 1 menunggu, 1 tidak dikirim karena siaran dihentikan\n", reply.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Demak: ✅ berhasil 10 mnt lalu", reply.Text, StringComparison.Ordinal);
        Assert.Contains("#2 Kudus: ⏸ dijeda · ⚠️ gagal 3x berturut-turut, terakhir berhasil 5 jam lalu: server sedang bermasalah (HTTP 503)", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dijeda (/lanjut)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_bot_says_so_in_English_too_and_shows_a_delivery_pause()
    {
        await bed.SendAsync("/pause", chatId: Admin, language: "en");
        var reply = await bed.SendAsync("/stats", chatId: Admin, language: "en");

        Assert.Contains("👥 Active subscribers:\nnone yet", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Deliveries in the last 24 hours: 0 sent, 0 failed, 0 waiting", reply.Text, StringComparison.Ordinal);
        Assert.Contains("⏸ Delivery is paused (/resume).", reply.Text, StringComparison.Ordinal);
        Assert.Contains("📰 Sources:\nnone yet (/addsource)", reply.Text, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
