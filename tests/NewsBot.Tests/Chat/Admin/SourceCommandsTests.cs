using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat.Admin.Newsroom;
using NewsBot.Chat;
using NewsBot.Chat.Admin;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Admin;

/// <summary>/sumber, /jedasumber, /lanjutsumber, /hapussumber and the refusals of /tambahsumber, on the real database.</summary>
public sealed class SourceCommandsTests : IDisposable
{
    private const string Admin = "9002";
    private const string OtherAdmin = "9003";
    private readonly CommandTestBed bed = new(new Dictionary<string, string?>
    {
        ["Admins:Telegram:Admins:0"] = Admin,
        ["Admins:Telegram:Admins:1"] = OtherAdmin,
    });

    private Task<ChatReply> Send(string text, string language = "id", bool fromButton = false, string sender = Admin) =>
        bed.SendAsync(text, chatId: sender, language: language, fromButton: fromButton);

    [Fact]
    public async Task Sources_lists_number_kind_url_interval_health_and_pause()
    {
        using (var db = bed.Open())
        {
            var source = Seed.Source(db);
            source.LastSuccessUtc = Seed.Now.AddMinutes(-3);
            source.DefaultTags = "demak";
            var wordPress = Seed.Source(db, "https://kudus.go.id/");
            wordPress.Name = "Kudus";
            wordPress.Kind = SourceKind.WordPress;
            wordPress.PollIntervalSeconds = 3600;
            wordPress.IsEnabled = false;
            db.SaveChanges();
        }

        var reply = await Send("/sumber");

        Assert.StartsWith("Sumber berita (2):", reply.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Demak (Feed)\nhttps://demakkab.go.id/feed\ntiap 5 mnt · ✅ berhasil 3 mnt lalu · #demak", reply.Text, StringComparison.Ordinal);
        Assert.Contains("#2 Kudus (WordPress)\nhttps://kudus.go.id/\ntiap 1 jam · ⏸ dijeda · ⏳ belum diambil", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hidden_broadcast_source_is_not_listed_nor_managed_as_a_website()
    {
        using (var db = bed.Open()) Seed.Source(db);
        var broadcasts = await bed.Services.GetRequiredService<NewsBot.Broadcasts.BroadcastSource>().EnsureAsync(CancellationToken.None);

        var list = await Send("/sumber");
        var resume = await Send($"/lanjutsumber {broadcasts}");
        var statistics = await Send("/statistik");

        Assert.StartsWith("Sumber berita (1):", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsbot:broadcasts", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Siaran admin", statistics.Text, StringComparison.Ordinal);
        Assert.Contains($"Tidak ada sumber nomor {broadcasts}", resume.Text, StringComparison.Ordinal);
        using var check = bed.Open();
        Assert.False(check.Sources.Single(s => s.Id == broadcasts).IsEnabled);
    }

    [Fact]
    public async Task Pausing_and_resuming_a_source_stops_and_restarts_its_polling()
    {
        int id;
        using (var db = bed.Open()) id = Seed.Source(db).Id;
        bed.Time.Advance(TimeSpan.FromMinutes(1));

        var paused = await Send($"/jedasumber {id}");
        var again = await Send($"/jedasumber {id}");
        bool enabledWhilePaused;
        using (var db = bed.Open()) enabledWhilePaused = db.Sources.Single().IsEnabled;
        var resumed = await Send($"/resumesource #{id}", "en");
        var notPaused = await Send($"/lanjutsumber {id}");

        Assert.Equal("⏸ Sumber #1 Demak dijeda: tidak diambil sampai /lanjutsumber 1.", paused.Text);
        Assert.Equal("Sumber #1 Demak sudah dijeda. Lanjutkan: /lanjutsumber 1", again.Text);
        Assert.False(enabledWhilePaused);
        Assert.Equal("▶️ Source #1 Demak is resumed and will be fetched shortly.", resumed.Text);
        Assert.Equal("Sumber #1 Demak tidak sedang dijeda.", notPaused.Text);
        using var check = bed.Open();
        Assert.True(check.Sources.Single().IsEnabled);
        Assert.Equal(Seed.Now.AddMinutes(1), check.Sources.Single().NextCheckUtc);
    }

    [Theory]
    [InlineData("/jedasumber", "Sebutkan nomor sumber, contoh: /jedasumber 3")]
    [InlineData("/lanjutsumber dua", "\"dua\" bukan nomor sumber. Contoh: /lanjutsumber 3")]
    [InlineData("/hapussumber 99", "Tidak ada sumber nomor 99. Lihat daftar sumber: /sumber")]
    [InlineData("/ambil 99", "Tidak ada sumber nomor 99.")]
    [InlineData("/ambil", "Tidak ada sumber aktif untuk diambil. Lihat /sumber.")]
    [InlineData("/sumber", "Belum ada sumber. Tambahkan: /tambahsumber <url> [topik]")]
    public async Task Missing_or_unknown_source_numbers_get_a_hint(string command, string expected)
    {
        var reply = await Send(command);
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_source_asks_first_and_only_the_confirmation_removes_it_with_its_articles()
    {
        int id;
        using (var db = bed.Open())
        {
            var source = Seed.Source(db);
            id = source.Id;
            Seed.Article(db, source, "Pasar murah", "ekonomi");
        }

        var question = await Send($"/hapussumber {id}");
        int stillThere;
        using (var db = bed.Open()) stillThere = db.Sources.Count();
        var confirm = question.Buttons.Single()[0];
        var removed = await Send(confirm.Command, fromButton: true);

        Assert.StartsWith("Hapus sumber #1 Demak?\nhttps://demakkab.go.id/feed\n1 artikel dari sumber ini ikut terhapus", question.Text, StringComparison.Ordinal);
        Assert.Equal(["🗑 Ya, hapus", "Batal"], question.Buttons.Single().Select(b => b.Label));
        Assert.Equal($"/hapussumber {id} ya {RemoveSourceCommand.Fingerprint("https://demakkab.go.id/feed")}", confirm.Command);
        Assert.Equal("/hapussumber batal", question.Buttons.Single()[1].Command);
        Assert.All(question.Buttons.Single(), b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.Command) <= ChatButton.MaxCommandBytes));
        Assert.Equal(1, stillThere);
        Assert.Equal("🗑 Sumber #1 Demak dihapus.", removed.Text);
        Assert.True(removed.ReplacesPressedMessage);
        using var check = bed.Open();
        Assert.Empty(check.Sources);
        Assert.Empty(check.Articles);
    }

    [Fact]
    public async Task A_stale_removal_button_for_a_number_now_used_by_another_source_is_refused()
    {
        int id;
        using (var db = bed.Open()) id = Seed.Source(db, "https://kudus.go.id/feed").Id;

        var reply = await Send($"/hapussumber {id} ya {RemoveSourceCommand.Fingerprint("https://demakkab.go.id/feed")}", fromButton: true);
        var cancelled = await Send("/removesource cancel", "en", fromButton: true);

        Assert.Equal("Konfirmasi ini sudah tidak berlaku: sumber #1 sekarang adalah sumber lain. Lihat /sumber.", reply.Text);
        Assert.Equal("Cancelled; the source was not removed.", cancelled.Text);
        using var db2 = bed.Open();
        Assert.Single(db2.Sources);
    }

    [Fact]
    public async Task A_configured_source_warns_that_it_comes_back_on_restart()
    {
        using var configuredBed = new CommandTestBed(new Dictionary<string, string?>
        {
            ["Admins:Telegram:Admins:0"] = Admin,
            ["Sources:Feeds:0:Name"] = "Demak",
            ["Sources:Feeds:0:Url"] = "https://demakkab.go.id/feed",
        });
        using (var db = configuredBed.Open()) Seed.Source(db);

        var question = await configuredBed.SendAsync("/hapussumber 1", chatId: Admin);

        Assert.Contains("tertulis di konfigurasi (Sources:Feeds) dan kembali saat bot dimulai ulang", question.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tambahsumber", "Tulis alamat feed atau situsnya")]
    [InlineData("/tambahsumber demakkab.go.id/feed", "\"demakkab.go.id/feed\" bukan alamat web lengkap")]
    [InlineData("/tambahsumber ftp://demakkab.go.id/feed", "\"ftp://demakkab.go.id/feed\" bukan alamat web lengkap")]
    [InlineData("/tambahsumber http://127.0.0.1:8080/feed", "Alamat 127.0.0.1 adalah alamat loopback, bukan internet publik; demi keamanan ditolak.")]
    [InlineData("/tambahsumber http://localhost/feed", "Alamat localhost adalah alamat loopback")]
    [InlineData("/tambahsumber http://169.254.169.254/latest/meta-data", "Alamat 169.254.169.254 adalah alamat link-local")]
    [InlineData("/tambahsumber http://192.168.1.10/rss", "Alamat 192.168.1.10 adalah alamat private")]
    [InlineData("/tambahsumber http://[::1]/rss", "Alamat [::1] adalah alamat loopback")]
    [InlineData("/tambahsumber https://demakkab.go.id/feed demak $$$", "Topik ini tidak dapat dipakai: $$$")]
    [InlineData("/tambahsumber ok", "Konfirmasi ini sudah kedaluwarsa atau sudah dipakai. Kirim lagi /tambahsumber <url>.")]
    [InlineData("/tambahsumber ok abcdefgh", "Konfirmasi ini sudah kedaluwarsa")]
    [InlineData("/tambahsumber batal", "Konfirmasi ini sudah kedaluwarsa")]
    public async Task Add_source_refuses_bad_addresses_and_stale_confirmations_without_fetching(string command, string expected)
    {
        var reply = await Send(command);

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Buttons);
        using var db = bed.Open();
        Assert.Empty(db.Sources);
    }

    [Fact]
    public async Task Add_source_refuses_an_address_that_is_already_a_source()
    {
        using (var db = bed.Open()) Seed.Source(db);

        var reply = await Send("/addsource https://demakkab.go.id/feed", "en");

        Assert.Equal("This source already exists: #1 Demak. See /sources.", reply.Text);
    }

    [Fact]
    public async Task Pause_holds_every_claim_urgent_ones_included_until_resumed()
    {
        using (var db = bed.Open())
        {
            var article = Seed.Article(db, Seed.Source(db), "Banjir", "banjir");
            var subscriber = Seed.Subscriber(db, "1", tags: ["banjir"]);
            db.Deliveries.Add(new Storage.Delivery
            {
                ArticleId = article.Id, SubscriberId = subscriber.Id, Priority = DeliveryPriority.Urgent, CreatedUtc = Seed.Now, DueUtc = Seed.Now,
            });
            db.SaveChanges();
        }

        var claims = bed.Services.GetRequiredService<OutboxClaims>();
        var paused = await Send("/jeda");
        var again = await Send("/jeda");
        var whilePaused = await claims.ClaimAsync(10, int.MinValue, CancellationToken.None);
        using (var db = bed.Open()) await DeliveryPause.SetAsync(db, paused: false, "test", Seed.Now, CancellationToken.None);
        var afterResume = await claims.ClaimAsync(10, int.MinValue, CancellationToken.None);

        Assert.Equal("⏸ Pengiriman dijeda: tidak ada pesan yang keluar, termasuk pemberitahuan darurat. 1 pesan menunggu.\n"
                     + "Berita baru tetap dikumpulkan. Lanjutkan: /lanjut", paused.Text);
        Assert.Equal("Pengiriman sudah dijeda (baru saja). Lanjutkan: /lanjut", again.Text);
        Assert.Empty(whilePaused);
        Assert.Single(afterResume);
    }

    [Fact]
    public async Task Resume_when_not_paused_says_so()
    {
        var reply = await Send("/resume", "en");
        Assert.Equal("Delivery is not paused.", reply.Text);
    }

    public void Dispose() => bed.Dispose();
}
