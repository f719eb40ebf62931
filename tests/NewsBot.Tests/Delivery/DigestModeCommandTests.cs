using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>/mode and /zona as the app runs them: what they store, show and refuse, in both languages.</summary>
public sealed class DigestModeCommandTests : IDisposable
{
    private readonly CommandTestBed bed = new();

    private Subscriber Subscriber(string chatId = "100")
    {
        using var db = bed.Open();
        return db.Subscribers.Single(s => s.ChatId == chatId);
    }

    [Fact]
    public async Task Mode_without_arguments_shows_instant_by_default_and_how_to_change_it()
    {
        var reply = await bed.SendAsync("/mode");

        Assert.StartsWith("Mode: instan. Setiap berita dikirim begitu terbit.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/mode harian", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daily_mode_defaults_to_18_00_in_WIB_and_takes_an_hour()
    {
        var reply = await bed.SendAsync("/mode harian");
        Assert.Equal("Mode: harian. Satu ringkasan berita setiap hari pukul 18:00 WIB.", reply.Text);
        Assert.True(Subscriber().DailyDigest);

        reply = await bed.SendAsync("/mode harian 06.30");
        Assert.Equal("Mode: harian. Satu ringkasan berita setiap hari pukul 06:30 WIB.", reply.Text);
        Assert.Equal(new TimeOnly(6, 30), Subscriber().DigestTime);

        reply = await bed.SendAsync("/mode");
        Assert.StartsWith("Mode: harian. Satu ringkasan berita setiap hari pukul 06:30 WIB.", reply.Text, StringComparison.Ordinal);

        reply = await bed.SendAsync("/mode instan");
        Assert.Equal("Mode: instan. Setiap berita dikirim begitu terbit.", reply.Text);
        Assert.False(Subscriber().DailyDigest);
    }

    [Fact]
    public async Task The_English_alias_answers_in_English()
    {
        var reply = await bed.SendAsync("/digest daily 19:00", language: "en");
        Assert.Equal("Mode: daily. One news digest every day at 19:00 WIB.", reply.Text);
    }

    [Theory]
    [InlineData("/mode harian 25:00", "Jam \"25:00\" tidak valid. Tulis jam seperti 18:00 (00:00 sampai 23:59).")]
    [InlineData("/mode harian 18:60", "Jam \"18:60\" tidak valid. Tulis jam seperti 18:00 (00:00 sampai 23:59).")]
    [InlineData("/mode harian xx", "Jam \"xx\" tidak valid. Tulis jam seperti 18:00 (00:00 sampai 23:59).")]
    public async Task Bad_hours_are_refused_with_an_example_and_change_nothing(string command, string expected)
    {
        var reply = await bed.SendAsync(command);

        Assert.Equal(expected, reply.Text);
        using var db = bed.Open();
        Assert.DoesNotContain(db.Subscribers, s => s.DailyDigest);
    }

    [Theory]
    [InlineData("/mode xx")]
    [InlineData("/mode instan 18:00")]
    [InlineData("/mode harian 18:00 19:00")]
    public async Task Unknown_modes_get_the_usage(string command)
    {
        var reply = await bed.SendAsync(command);
        Assert.StartsWith("Pilih: /mode instan", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_zone_is_shown_changed_and_followed_by_the_digest()
    {
        Assert.StartsWith("Zona waktu: WIB.", (await bed.SendAsync("/zona")).Text, StringComparison.Ordinal);

        var reply = await bed.SendAsync("/zona wita");
        Assert.Equal("Zona waktu diganti ke WITA. Ringkasan harian dan jam senyap mengikuti jam WITA.", reply.Text);
        Assert.Equal("WITA", Subscriber().TimeZone);
        Assert.Equal("Mode: harian. Satu ringkasan berita setiap hari pukul 18:00 WITA.", (await bed.SendAsync("/mode harian")).Text);
    }

    [Theory]
    [InlineData("/zona PST", "\"PST\" bukan zona waktu Indonesia.")]
    [InlineData("/zona WIB WIT", "\"WIB WIT\" bukan zona waktu Indonesia.")]
    public async Task Unknown_zones_are_refused_with_the_three_choices(string command, string expected)
    {
        var reply = await bed.SendAsync(command);

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains("/zona WITA", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_zone_moves_news_waiting_for_the_digest_to_the_new_hour()
    {
        await bed.SendAsync("/langganan banjir");
        await bed.SendAsync("/mode harian");
        long subscriberId;
        using (var db = bed.Open())
        {
            subscriberId = db.Subscribers.Single().Id;
            var article = Seed.Article(db, Seed.Source(db), "Banjir surut", "banjir");
            db.Deliveries.Add(new NewsBot.Storage.Delivery
            {
                ArticleId = article.Id, SubscriberId = subscriberId, Status = DeliveryStatus.Held,
                DueUtc = Seed.Now.AddHours(3), CreatedUtc = Seed.Now,
            });
            await db.SaveChangesAsync();
        }

        await bed.SendAsync("/zona WIT");

        using var check = bed.Open();
        // Seed.Now is 08:00 UTC; 18:00 WIT is 09:00 UTC.
        Assert.Equal(Seed.Now.AddHours(1), check.Deliveries.Single().DueUtc);
    }

    [Fact]
    public async Task Back_to_instant_says_how_many_waiting_articles_go_out_now()
    {
        await bed.SendAsync("/langganan banjir");
        await bed.SendAsync("/mode harian");
        using (var db = bed.Open())
        {
            var subscriberId = db.Subscribers.Single().Id;
            var source = Seed.Source(db);
            foreach (var title in new[] { "Banjir surut", "Tanggul diperbaiki" })
            {
                db.Deliveries.Add(new NewsBot.Storage.Delivery
                {
                    ArticleId = Seed.Article(db, source, title, "banjir").Id, SubscriberId = subscriberId,
                    Status = DeliveryStatus.Held, DueUtc = Seed.Now.AddHours(3), CreatedUtc = Seed.Now,
                });
            }

            await db.SaveChangesAsync();
        }

        var reply = await bed.SendAsync("/mode instan");

        Assert.Equal("Mode: instan. Setiap berita dikirim begitu terbit.\n2 berita yang menunggu ringkasan dikirim sekarang.", reply.Text);
        using var check = bed.Open();
        Assert.All(check.Deliveries, d => Assert.Equal((DeliveryStatus.Held, Seed.Now), (d.Status, d.DueUtc)));
    }

    public void Dispose() => bed.Dispose();
}
