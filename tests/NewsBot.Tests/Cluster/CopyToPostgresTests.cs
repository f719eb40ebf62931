using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;
using NewsBot.Tests.Configuration;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cluster;

/// <summary>`NewsBot copy-to-postgres`, run as users run it: a SQLite database with news, citizens and an outbox moves into PostgreSQL whole.</summary>
public sealed class CopyToPostgresTests : IDisposable
{
    private readonly NewsBotProcess app = new();
    private readonly string sqlitePath;
    private readonly DbContextOptions<SqliteNewsBotDbContext> sqlite;
    private readonly string target = TestPostgres.IsUsed ? TestPostgres.CreateDatabase() : "";

    public CopyToPostgresTests()
    {
        sqlitePath = Path.Combine(app.WorkingDirectory, "newsbot.db");
        sqlite = new DbContextOptionsBuilder<SqliteNewsBotDbContext>().UseSqlite($"Data Source={sqlitePath}").Options;
    }

    [PostgresFact]
    public async Task Every_row_arrives_with_its_id_and_new_rows_continue_after_the_copied_ones()
    {
        long articleId;
        await using (var db = new SqliteNewsBotDbContext(sqlite))
        {
            await db.Database.MigrateAsync();
            var source = Seed.Source(db, "http://127.0.0.1:9/feed");
            Seed.Article(db, source, "Pasar murah di alun-alun", "ekonomi");
            var article = Seed.Article(db, source, "Banjir di Sayung", "banjir", "demak");
            articleId = article.Id;
            var citizen = Seed.Subscriber(db, "1001", tags: ["banjir"]);
            Seed.Subscriber(db, "6281234567890", ChannelKind.WhatsApp, tags: ["ekonomi"]);
            db.Deliveries.Add(new NewsBot.Storage.Delivery
            {
                ArticleId = article.Id, SubscriberId = citizen.Id, Status = DeliveryStatus.Sent, DueUtc = Seed.Now, CreatedUtc = Seed.Now, FinishedUtc = Seed.Now,
            });
            await db.SaveChangesAsync();
        }

        var run = await app.RunAsync(new Dictionary<string, string> { ["Storage__ConnectionString"] = $"Data Source={sqlitePath}" },
            arguments: [CopyToPostgresCommand.Verb, target]);

        Assert.Equal("", run.Errors);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Articles: 2 rows", run.Output, StringComparison.Ordinal);
        Assert.Contains("ArticleTags: 3 rows", run.Output, StringComparison.Ordinal);
        Assert.Contains("Now set Storage__Provider=Postgres", run.Output, StringComparison.Ordinal);
        await using var copied = new PostgresNewsBotDbContext(TestPostgres.Options(target));
        var banjir = await copied.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == articleId);
        Assert.Equal("Banjir di Sayung", banjir.Title);
        Assert.Equal(["banjir", "demak"], banjir.Tags.Select(t => t.Tag).Order());
        Assert.Equal(Seed.Now, banjir.PublishedUtc);
        Assert.Equal(2, await copied.Subscribers.CountAsync());
        var delivery = await copied.Deliveries.SingleAsync();
        Assert.Equal((articleId, DeliveryStatus.Sent), (delivery.ArticleId, delivery.Status));

        // The identity goes on after the copied ids: a new article does not collide with one copied.
        var next = Seed.Article(copied, await copied.Sources.SingleAsync(), "Jalan baru dibuka", "infrastruktur");
        Assert.Equal(articleId + 1, next.Id);
    }

    [PostgresFact]
    public async Task A_target_that_already_holds_data_is_refused_and_left_alone()
    {
        await using (var db = new SqliteNewsBotDbContext(sqlite))
        {
            await db.Database.MigrateAsync();
            Seed.Source(db, "http://127.0.0.1:9/feed");
        }

        await using (var existing = new PostgresNewsBotDbContext(TestPostgres.Options(target)))
        {
            Seed.Source(existing, "http://127.0.0.1:9/other-feed");
        }

        var run = await app.RunAsync(new Dictionary<string, string> { ["Storage__ConnectionString"] = $"Data Source={sqlitePath}" },
            arguments: [CopyToPostgresCommand.Verb, target]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("NewsBot cannot copy: the target database already holds NewsBot data; copy into a new, empty database.", run.Errors.Trim());
        await using var check = new PostgresNewsBotDbContext(TestPostgres.Options(target));
        Assert.Equal("http://127.0.0.1:9/other-feed", (await check.Sources.SingleAsync()).Url);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (TestPostgres.IsUsed) TestPostgres.DropDatabase(target);
        app.Dispose();
    }
}
