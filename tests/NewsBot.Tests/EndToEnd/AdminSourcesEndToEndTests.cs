using Microsoft.AspNetCore.Builder;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using static NewsBot.Tests.EndToEnd.AdminBot;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Sources managed from Telegram against the fake Bot API and a fake news site: adding one (detected, previewed,
/// confirmed by the asking admin only, then polled with a baseline), listing, pausing, resuming and removing one.
/// </summary>
public sealed class AdminSourcesEndToEndTests : IAsyncLifetime
{
    private const long Newsroom = -100500;
    private const long Reader = 1001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private FakeNewsSite site = null!;
    private FakeWordPressSite wordPress = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
        wordPress = await FakeWordPressSite.StartAsync();
    }

    private static FakeArticle Article(string slug, string title, params string[] tags) => new(
        slug, title, $"<p>Demak – {title} menurut keterangan resmi Pemerintah Kabupaten Demak pada Senin.</p>", tags, DateTimeOffset.UtcNow);

    private Task<SentMessage> Reply(long chatId, Func<string, bool> match) =>
        telegram.WaitForMessageAsync(m => m.ChatId == chatId && match(m.Text), Wait);

    [Fact]
    public async Task A_source_is_added_only_on_the_asking_admins_confirmation_and_then_sends_only_new_articles()
    {
        site.Publish(Article("arsip-1", "Arsip Satu Tidak Dikirim", "ekonomi"));
        site.Publish(Article("arsip-2", "Arsip Dua Tidak Dikirim", "ekonomi"));
        await using var bot = await RunningBot.StartAsync(Settings(database, telegram));

        telegram.EnqueueMessage(Reader, "/langganan demak");
        await Reply(Reader, t => t.Contains("berlangganan: demak", StringComparison.Ordinal));

        telegram.EnqueueMessage(Newsroom, $"/tambahsumber {site.FeedUrl} demak", chatType: "supergroup", fromId: Owner);
        var preview = await Reply(Newsroom, t => t.StartsWith("Ditemukan: Feed", StringComparison.Ordinal));
        Assert.Contains("dengan 2 berita.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("• Arsip Dua Tidak Dikirim", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Topik tambahan untuk setiap berita: demak", preview.Text, StringComparison.Ordinal);
        var buttons = ButtonCommands(preview);
        Assert.Equal(2, buttons.Count);
        Assert.StartsWith("/tambahsumber ok ", buttons[0], StringComparison.Ordinal);
        Assert.StartsWith("/tambahsumber batal ", buttons[1], StringComparison.Ordinal);

        // Another admin in the newsroom group presses Save: refused, and the owner's preview keeps its buttons.
        telegram.EnqueueButtonPress(Newsroom, buttons[0], preview.MessageId, fromId: Admin);
        await Reply(Newsroom, t => t.StartsWith("Konfirmasi ini milik admin lain", StringComparison.Ordinal));
        Assert.Equal(0, telegram.Message(Newsroom, preview.MessageId)!.Edits);
        await using (var db = bot.OpenDatabase()) Assert.Empty(db.Sources);

        telegram.EnqueueButtonPress(Newsroom, buttons[0], preview.MessageId, fromId: Owner);
        await telegram.WaitForMessageAsync(m => m.MessageId == preview.MessageId && m.Text.StartsWith("✅ Sumber #1", StringComparison.Ordinal), Wait);
        Assert.Empty(ButtonCommands(telegram.Message(Newsroom, preview.MessageId)!));

        // A second press of the same button (a double tap) is stale and answered apart.
        telegram.EnqueueButtonPress(Newsroom, buttons[0], preview.MessageId, fromId: Owner);
        await Reply(Newsroom, t => t.StartsWith("Konfirmasi ini sudah kedaluwarsa", StringComparison.Ordinal));

        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), Wait, "the new source's baseline");
        await using (var db = bot.OpenDatabase())
        {
            var source = db.Sources.Single();
            Assert.Equal((site.FeedUrl.ToString(), SourceKind.Feed, "demak"), (source.Url, source.Kind, source.DefaultTags));
            Assert.Equal(2, db.Articles.Count(a => a.IsBaseline));
        }

        // The next regular poll is minutes away; /ambil fetches the new source now.
        site.Publish(Article("pasar-murah", "Pasar Murah Digelar di Alun-Alun", "ekonomi"));
        telegram.EnqueueMessage(Newsroom, "/ambil 1", chatType: "supergroup", fromId: Owner);
        await Reply(Newsroom, t => t == "⏳ Mengambil 1 sumber sekarang; laporannya menyusul di sini.");
        await Reply(Newsroom, t => t == "✅ Pengambilan selesai (1 sumber): 1 berita baru, 0 tidak berubah, 0 gagal.\n1 pesan dijadwalkan untuk pelanggan.");
        await Reply(Reader, t => t.Contains("Pasar Murah Digelar", StringComparison.Ordinal));
        Assert.DoesNotContain(telegram.SentMessages, m => m.Text.Contains("Arsip", StringComparison.Ordinal) && m.ChatId == Reader);
    }

    [Fact]
    public async Task A_WordPress_site_is_detected_unreadable_addresses_are_explained_and_cancel_saves_nothing()
    {
        wordPress.Publish(Article("jalan-baru", "Jalan Baru Diresmikan", "infrastruktur"));
        await using var bot = await RunningBot.StartAsync(Settings(database, telegram));

        telegram.EnqueueMessage(Admin, $"/addsource {wordPress.BaseUrl}", languageCode: "en");
        var preview = await Reply(Admin, t => t.StartsWith("Found: WordPress", StringComparison.Ordinal));
        Assert.Contains("with 1 articles.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("• Jalan Baru Diresmikan", preview.Text, StringComparison.Ordinal);

        telegram.EnqueueButtonPress(Admin, ButtonCommands(preview)[1], preview.MessageId, fromId: Admin, languageCode: "en");
        await telegram.WaitForMessageAsync(m => m.MessageId == preview.MessageId && m.Text == "Cancelled; the source was not added.", Wait);

        telegram.EnqueueMessage(Admin, $"/tambahsumber {site.BaseUrl}tidak-ada");
        var unreadable = await Reply(Admin, t => t.StartsWith("Alamat ini tidak dapat dibaca", StringComparison.Ordinal));
        Assert.Contains("Rincian: halaman tidak ditemukan (HTTP 404); WordPress: halaman tidak ditemukan (HTTP 404)", unreadable.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not Found", unreadable.Text, StringComparison.Ordinal);

        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Sources);
        Assert.Empty(db.PendingConfirmations);
    }

    [Fact]
    public async Task A_home_page_that_advertises_its_feed_is_stored_as_that_feed()
    {
        site.Publish(Article("arsip-1", "Arsip Satu", "ekonomi"));
        var (home, homeUrl) = await FakeHost.StartAsync(app => app.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Content(
            $"<!DOCTYPE html><html><head><title>Portal Demak</title><link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"{site.FeedUrl}\"></head>"
            + "<body><h1>Portal Demak</h1></body></html>", "text/html; charset=utf-8")));
        try
        {
            await using var bot = await RunningBot.StartAsync(Settings(database, telegram));

            telegram.EnqueueMessage(Owner, $"/tambahsumber {homeUrl}");
            var preview = await Reply(Owner, t => t.StartsWith("Ditemukan: Feed", StringComparison.Ordinal));
            Assert.Contains($"\n{site.FeedUrl}\n", preview.Text, StringComparison.Ordinal);
            Assert.Contains("• Arsip Satu", preview.Text, StringComparison.Ordinal);

            // The typed confirmation works as the button does.
            telegram.EnqueueMessage(Owner, "/tambahsumber ok");
            await Reply(Owner, t => t.StartsWith("✅ Sumber #1", StringComparison.Ordinal));
            await using var db = bot.OpenDatabase();
            Assert.Equal(site.FeedUrl.ToString(), db.Sources.Single().Url);
        }
        finally
        {
            await FakeHost.StopAsync(home);
        }
    }

    [Fact]
    public async Task A_listing_page_without_a_feed_is_stored_as_an_HTML_listing_with_its_articles_previewed()
    {
        site.Publish(Article("arsip-satu-berita", "Arsip Satu Dari Halaman Berita", "ekonomi"));
        site.Publish(Article("arsip-dua-berita", "Arsip Dua Dari Halaman Berita", "ekonomi"));
        site.Publish(Article("arsip-tiga-berita", "Arsip Tiga Dari Halaman Berita", "ekonomi"));
        await using var bot = await RunningBot.StartAsync(Settings(database, telegram));

        telegram.EnqueueMessage(Owner, $"/tambahsumber {site.ListingUrl}");
        var preview = await Reply(Owner, t => t.StartsWith("Ditemukan: HtmlListing", StringComparison.Ordinal));
        Assert.Contains("dengan 3 berita.", preview.Text, StringComparison.Ordinal);
        Assert.Contains("• Arsip Tiga Dari Halaman Berita", preview.Text, StringComparison.Ordinal);

        telegram.EnqueueMessage(Owner, "/tambahsumber ok");
        await Reply(Owner, t => t.StartsWith("✅ Sumber #1", StringComparison.Ordinal));
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), Wait, "the listing's baseline");
        await using var db = bot.OpenDatabase();
        Assert.Equal((site.ListingUrl.ToString(), SourceKind.HtmlListing), (db.Sources.Single().Url, db.Sources.Single().Kind));
        Assert.Equal(3, db.Articles.Count(a => a.IsBaseline));
    }

    [Fact]
    public async Task Private_addresses_are_refused_unless_allowed()
    {
        var settings = Settings(database, telegram);
        settings["Fetching:AllowPrivateAddresses"] = "false";
        await using var bot = await RunningBot.StartAsync(settings);

        telegram.EnqueueMessage(Owner, $"/tambahsumber {site.FeedUrl}");
        await Reply(Owner, t => t.StartsWith("Alamat 127.0.0.1 adalah alamat loopback", StringComparison.Ordinal));
        Assert.Equal(0, site.FeedRequests);
    }

    [Fact]
    public async Task Sources_are_listed_paused_resumed_and_removed_after_confirmation()
    {
        var settings = Settings(database, telegram);
        settings["Sources:Feeds:0:Name"] = "Kabupaten Demak";
        settings["Sources:Feeds:0:Url"] = site.FeedUrl.ToString();
        settings["Sources:Feeds:0:PollIntervalSeconds"] = "1";
        await using var bot = await RunningBot.StartAsync(settings);
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), Wait, "the first poll");
        var polls = await JobRuns.WatchAsync(bot.Services, PollSourcesJob.Key);

        telegram.EnqueueMessage(Admin, "/sumber");
        var list = await Reply(Admin, t => t.StartsWith("Sumber berita (1):", StringComparison.Ordinal));
        Assert.Contains($"#1 Kabupaten Demak (Feed)\n{site.FeedUrl}\ntiap 1 dtk · ✅ berhasil", list.Text, StringComparison.Ordinal);

        telegram.EnqueueMessage(Admin, "/jedasumber 1");
        await Reply(Admin, t => t.StartsWith("⏸ Sumber #1 Kabupaten Demak dijeda", StringComparison.Ordinal));
        // A poll that read the source before the pause may still be under way; rounds run one at a time, so once a
        // round that began after the pause is over, so is that poll.
        await polls.WaitForNextRunAsync(Wait, "a poll round after the pause");
        var requestsWhilePaused = site.FeedRequests;
        var counted = DateTime.UtcNow;
        // A round that begins after the count, once the source would be due again, polls it unless the pause holds.
        DateTime dueAgain;
        await using (var db = bot.OpenDatabase()) dueAgain = db.Sources.Single().NextCheckUtc;
        await polls.WaitForRunStartedAfterAsync(dueAgain > counted ? dueAgain : counted, Wait, "a poll round once the source is due again");
        Assert.Equal(requestsWhilePaused, site.FeedRequests);

        telegram.EnqueueMessage(Admin, "/lanjutsumber 1");
        await Reply(Admin, t => t.StartsWith("▶️ Sumber #1 Kabupaten Demak dilanjutkan", StringComparison.Ordinal));
        await AdminBot.WaitForAsync(() => site.FeedRequests > requestsWhilePaused, "a poll after resuming");

        telegram.EnqueueMessage(Admin, "/hapussumber 1");
        var question = await Reply(Admin, t => t.StartsWith("Hapus sumber #1 Kabupaten Demak?", StringComparison.Ordinal));
        Assert.Contains("tertulis di konfigurasi", question.Text, StringComparison.Ordinal);
        telegram.EnqueueButtonPress(Admin, ButtonCommands(question)[1], question.MessageId, fromId: Admin);
        await telegram.WaitForMessageAsync(m => m.MessageId == question.MessageId && m.Text == "Dibatalkan; sumber tidak dihapus.", Wait);
        await using (var db = bot.OpenDatabase()) Assert.Single(db.Sources);

        telegram.EnqueueMessage(Admin, "/hapussumber 1");
        var first = question.MessageId;
        question = await telegram.WaitForMessageAsync(
            m => m.ChatId == Admin && m.MessageId != first && m.Text.StartsWith("Hapus sumber #1", StringComparison.Ordinal), Wait);
        telegram.EnqueueButtonPress(Admin, ButtonCommands(question)[0], question.MessageId, fromId: Admin);
        await telegram.WaitForMessageAsync(m => m.MessageId == question.MessageId && m.Text == "🗑 Sumber #1 Kabupaten Demak dihapus.", Wait);
        await using (var db = bot.OpenDatabase()) Assert.Empty(db.Sources);
    }

    [Fact]
    public async Task A_failing_source_is_listed_with_its_problem_in_the_admins_language()
    {
        var settings = Settings(database, telegram);
        settings["Sources:Feeds:0:Name"] = "Kabupaten Hilang";
        settings["Sources:Feeds:0:Url"] = new Uri(site.BaseUrl, "hilang.xml").ToString();
        // Long enough that the backoff keeps the count at one while the test reads the list.
        settings["Sources:Feeds:0:PollIntervalSeconds"] = "600";
        await using var bot = await RunningBot.StartAsync(settings);
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.ConsecutiveFailures > 0), Wait, "the first failed poll");

        telegram.EnqueueMessage(Admin, "/sumber");
        var list = await Reply(Admin, t => t.StartsWith("Sumber berita (1):", StringComparison.Ordinal));
        Assert.Contains("tiap 10 mnt · ⚠️ gagal 1x berturut-turut, belum pernah berhasil: halaman tidak ditemukan (HTTP 404)\n", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not Found", list.Text, StringComparison.Ordinal);

        telegram.EnqueueMessage(Admin, "/sources", languageCode: "en");
        var english = await Reply(Admin, t => t.StartsWith("News sources (1):", StringComparison.Ordinal));
        Assert.Contains("every 10 min · ⚠️ failed 1x in a row, never succeeded: page not found (HTTP 404)\n", english.Text, StringComparison.Ordinal);

        await using var db = bot.OpenDatabase();
        Assert.StartsWith("HTTP 404 Not Found from", db.Sources.Single().LastError, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        await site.DisposeAsync();
        await wordPress.DisposeAsync();
        database.Dispose();
    }
}
