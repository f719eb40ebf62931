using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Bench;

/// <summary>Fills a fresh database with N subscribers of one tag and one article with that tag.</summary>
public static class BenchDatabase
{
    /// <param name="whatsApp">WhatsApp subscribers (phone numbers 628…, who wrote a minute ago: inside the 24-hour window).</param>
    public static async Task<long> SeedAsync(IDbContextFactory<NewsBotDbContext> contexts, int subscribers, bool whatsApp = false)
    {
        await using var db = contexts.CreateDbContext();
        // A million subscribers take longer than a command's usual 30 s on a busy machine.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var channel = whatsApp ? "WhatsApp" : "Telegram";
        var prefix = whatsApp ? 628_100_000_000L : 0L;
        var lastInbound = DateTime.UtcNow.AddMinutes(-1);
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {subscribers})
            INSERT INTO "Subscribers" ("Channel", "ChatId", "Language", "State", "CreatedUtc", "UpdatedUtc", "LastInboundUtc",
                "DailyDigest", "DigestTime", "TimeZone", "AllTopics")
            SELECT {channel}, CAST({prefix} + i AS TEXT), 'id', 'Active', {created}, {created}, {lastInbound},
                {false}, {Subscriber.DefaultDigestTime}, 'WIB', {false} FROM n;
            INSERT INTO "SubscriberTags" ("SubscriberId", "Tag") SELECT "Id", 'banjir' FROM "Subscribers";
            """);
        var source = new Source { Name = "Bench", Url = "https://bench.example/feed", CreatedUtc = DateTime.UtcNow, BaselineTaken = true };
        db.Sources.Add(source);
        var article = new Article
        {
            Source = source,
            ItemKey = "bench",
            Url = "https://bench.example/berita/peringatan-banjir",
            Title = "Peringatan Dini: Debit Sungai Tuntang Naik, Warga Bantaran Diminta Waspada",
            Summary = "BPBD Kabupaten Demak meminta warga di bantaran Sungai Tuntang waspada karena debit air naik sejak Minggu malam. "
                      + "Tinggi muka air di Bendung Glapan tercatat 1,32 meter di atas normal.",
            PublishedUtc = DateTime.UtcNow,
            FirstSeenUtc = DateTime.UtcNow,
            Tags = [new ArticleTag { Tag = "banjir" }],
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }
}
