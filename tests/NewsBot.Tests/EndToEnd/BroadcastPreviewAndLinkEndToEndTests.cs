using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// /pratinjau against a local site through the real fetcher (an article page, a feed, a front page, an oversized page,
/// an unreachable server, a private address) and /tautan with its QR code, over the fake Bot API.
/// </summary>
public sealed class BroadcastPreviewAndLinkEndToEndTests : IAsyncLifetime
{
    private const string ArticleHtml = """
        <!doctype html><html><head><title>Pasar Murah Digelar di Alun-Alun Demak</title></head><body>
        <nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>
        <article><h1>Pasar Murah Digelar di Alun-Alun Demak</h1>
        <p>Demak – Pemerintah Kabupaten Demak menggelar pasar murah di Alun-Alun Demak pada Senin untuk menekan harga bahan pokok menjelang akhir tahun.</p>
        <p>Kegiatan ini melibatkan 120 pelaku usaha dan warga dari 14 kecamatan, dengan beras, minyak goreng dan gula dijual di bawah harga pasar.</p>
        <p>Bupati berharap kegiatan serupa dapat digelar setiap bulan agar daya beli warga terjaga &amp; inflasi daerah tetap rendah.</p>
        <p>Pasar murah berikutnya direncanakan di Kecamatan Mranggen dan Kecamatan Sayung pada bulan depan.</p>
        </article><footer>Ikuti Kami di media sosial</footer></body></html>
        """;

    private BroadcastBot harness = null!;
    private WebApplication site = null!;
    private Uri siteUrl = null!;

    public async Task InitializeAsync()
    {
        (site, siteUrl) = await FakeHost.StartAsync(app =>
        {
            app.MapGet("/berita/pasar-murah", () => Results.Content(ArticleHtml, "text/html; charset=utf-8"));
            app.MapGet("/beranda", () => Results.Content("<!doctype html><html><body><nav>Beranda</nav><p>Selamat datang.</p></body></html>", "text/html"));
            app.MapGet("/besar", () => Results.Content("<!doctype html><html><body>" + new string('x', 300_000) + "</body></html>", "text/html"));
            app.MapGet("/feed.xml", (HttpContext context) => Results.Content(Feed(new Uri(context.Request.Scheme + "://" + context.Request.Host + "/")), "application/rss+xml"));
        });
        harness = await BroadcastBot.StartAsync(new Dictionary<string, string?>
        {
            ["Fetching:MaxBodyBytes"] = "200000",
            ["Fetching:Timeout"] = "00:00:05",
            ["WhatsApp:DisplayPhoneNumber"] = "+62 851-0000-0000",
        });
    }

    [Fact]
    public async Task An_article_page_is_shown_as_Telegram_and_WhatsApp_would_show_it_with_its_budgets()
    {
        var url = new Uri(siteUrl, "berita/pasar-murah");
        var preview = await harness.AskAsync($"/pratinjau {url}");

        Assert.Equal("html", preview.ParseMode, ignoreCase: true);
        Assert.Contains("<b>Pasar Murah Digelar di Alun-Alun Demak</b>", preview.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{url}\">Baca selengkapnya</a>", preview.Text, StringComparison.Ordinal);
        Assert.StartsWith($"🔎 Pratinjau {url}", preview.PlainText, StringComparison.Ordinal);
        Assert.Matches(@"Telegram — ringkasan \d+ karakter, anggaran 500 ✅", preview.PlainText);
        Assert.Matches(@"WhatsApp — ringkasan \d+ karakter, anggaran 300", preview.PlainText);
        Assert.Contains("*Pasar Murah Digelar di Alun-Alun Demak*", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains($"Baca selengkapnya: {url}", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains("pasar murah", preview.PlainText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ikuti Kami", preview.PlainText, StringComparison.Ordinal);
        await using var db = harness.Bot.OpenDatabase();
        Assert.Empty(db.Articles);
    }

    [Fact]
    public async Task A_feed_is_previewed_by_its_newest_item()
    {
        var preview = await harness.AskAsync($"/preview {new Uri(siteUrl, "feed.xml")}", language: "en");
        Assert.Contains("(a feed: its newest item)", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains("Banjir Rob Surut di Sayung", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains("Topics: banjir", preview.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beranda", "tidak tampak seperti artikel (teks utamanya hanya")]
    [InlineData("besar", "terlalu besar untuk diambil")]
    public async Task Pages_that_are_no_article_or_too_big_are_explained(string path, string expected)
    {
        var answer = await harness.AskAsync($"/pratinjau {new Uri(siteUrl, path)}");
        Assert.Contains(expected, answer.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/pratinjau", "Tulis alamat artikelnya")]
    [InlineData("/pratinjau bukan-alamat", "bukan-alamat bukan alamat web")]
    [InlineData("/pratinjau ftp://example.org/x", "bukan alamat web")]
    [InlineData("/pratinjau http://127.0.0.1:1/berita", "❌ Tidak dapat mengambil http://127.0.0.1:1/berita: server menolak sambungan.")]
    [InlineData("/tautan", "Sebutkan topiknya")]
    [InlineData("/tautan !!!", "!!! tidak dapat dipakai sebagai topik")]
    public async Task Bad_arguments_and_unreachable_servers_get_a_clear_answer(string command, string expected)
    {
        var answer = await harness.AskAsync(command);
        Assert.Contains(expected, answer.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_comes_with_a_QR_code_photo_whose_caption_holds_both_links()
    {
        var answer = await harness.AskAsync("/tautan #Ekonomi", m => m.Photo is not null);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], answer.Photo![..8]);
        Assert.Contains($"Telegram: https://t.me/{TelegramWire.BotUsername}?start=ekonomi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("WhatsApp: https://wa.me/6285100000000?text=LANGGANAN%20ekonomi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Kode QR ini membuka tautan Telegram", answer.Text, StringComparison.Ordinal);
    }

    private static string Feed(Uri baseUrl)
    {
        var body = new StringBuilder("<p>Demak – Banjir rob yang merendam enam desa di Kecamatan Sayung mulai surut pada Selasa pagi.</p>");
        body.Append("<p>Petugas BPBD membersihkan lumpur di jalan desa dan memeriksa tanggul yang jebol sepanjang 30 meter.</p>");
        body.Append("<p>Warga yang mengungsi di balai desa mulai kembali ke rumah masing-masing setelah air surut.</p>");
        body.Append("<p>Pemerintah kabupaten menyiapkan bantuan makanan dan obat-obatan bagi warga terdampak selama sepekan.</p>");
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Demak</title><link>{baseUrl}</link>
            <item><title>Banjir Rob Surut di Sayung</title><link>{baseUrl}berita/rob-surut</link><guid>rob-surut</guid>
            <category>Banjir</category><pubDate>Tue, 24 Nov 2026 03:00:00 GMT</pubDate>
            <content:encoded><![CDATA[{body}]]></content:encoded></item>
            </channel></rss>
            """.Trim();
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await FakeHost.StopAsync(site);
    }
}
