using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class ArticlePageExtractorTests
{
    private static readonly Uri PageUrl = new("https://demakkab.example.id/berita/bantuan-banjir");
    private readonly ArticlePageExtractor _extractor = new();

    private ArticlePage ExtractFixture() =>
        _extractor.Extract(System.Text.Encoding.UTF8.GetString(Fixture.Feed("regency-article.html")), PageUrl);

    [Fact]
    public void Keeps_only_the_article_paragraphs()
    {
        var page = ExtractFixture();

        Assert.Equal(
            "Demak – Pemerintah Kabupaten Demak menyalurkan bantuan logistik kepada warga terdampak banjir di Kec. Karanganyar, Senin (4/11/2024).\n\n" +
            "Plt. Kepala BPBD, dr. H. Ahmad Fauzi, M.Si., mengatakan sebanyak 1.250 paket sembako telah dikirim ke 12 desa.\n\n" +
            "Bantuan tersebut berasal dari APBD dan donasi masyarakat senilai Rp 1,32 miliar. (kominfo/ist-rdy)",
            page.Text);
    }

    [Theory]
    [InlineData("Beranda")]
    [InlineData("pembaca")]
    [InlineData("Bagikan")]
    [InlineData("Baca juga")]
    [InlineData("Ikuti kami")]
    [InlineData("Pengunjung")]
    [InlineData("senam sehat")]
    [InlineData("Hak cipta")]
    [InlineData("tracking script")]
    [InlineData("Breaking")]
    public void Boilerplate_is_gone(string phrase) =>
        Assert.DoesNotContain(phrase, ExtractFixture().Text, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void A_byline_above_the_body_does_not_glue_onto_the_dateline()
    {
        const string html = """
            <html><body><article><h1>Peringatan Dini Banjir</h1>
            <div class="meta">Diposting oleh Admin Diskominfo</div>
            <p>Demak – BPBD meminta warga di bantaran Sungai Tuntang waspada karena debit air naik sejak Minggu malam.</p>
            <p>Tinggi muka air tercatat 1,32 meter di atas normal.</p>
            </article></body></html>
            """;

        var page = _extractor.Extract(html, PageUrl);

        Assert.StartsWith("Demak – BPBD", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Diposting", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_the_head_and_tag_links()
    {
        var page = ExtractFixture();

        Assert.Equal("Pemkab Salurkan Bantuan Banjir di Kec. Karanganyar", page.Title);
        Assert.Equal(new Uri("https://demakkab.example.id/asset/foto_berita/banjir-karanganyar.jpg"), page.ImageUrl);
        Assert.Equal(new DateTime(2024, 11, 4, 3, 0, 0, DateTimeKind.Utc), page.PublishedUtc);
        Assert.Equal(["Banjir", "BPBD"], page.Tags);
    }

    [Fact]
    public void Falls_back_to_h1_and_visible_date_and_br_separated_text()
    {
        const string html = """
            <html><head><title>Judul Situs</title></head><body>
            <nav><a href="/">Beranda</a></nav>
            <h1>Festival Ukir Jepara Digelar</h1>
            <div class="tanggal">Sabtu, 02 November 2024 07:00 WIB</div>
            <div class="isi">Festival ukir tahunan kembali digelar di alun-alun.<br><br>Ribuan pengrajin memamerkan karya terbaik mereka.</div>
            </body></html>
            """;

        var page = _extractor.Extract(html, PageUrl);

        Assert.Equal("Festival Ukir Jepara Digelar", page.Title);
        Assert.Equal(new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc), page.PublishedUtc);
        Assert.Equal("Festival ukir tahunan kembali digelar di alun-alun.\n\nRibuan pengrajin memamerkan karya terbaik mereka.", page.Text);
        Assert.Empty(page.Tags);
        Assert.Null(page.ImageUrl);
    }

    [Fact]
    public void Empty_page_gives_empty_text_not_an_exception()
    {
        var page = _extractor.Extract("", PageUrl);

        Assert.Equal("", page.Text);
        Assert.Null(page.Title);
    }
}
