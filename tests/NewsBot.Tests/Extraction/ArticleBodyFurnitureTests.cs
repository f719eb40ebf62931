using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

/// <summary>
/// What news pages put around and inside the article body that is not the article: teaser columns, link lists,
/// photo galleries, datelines, rating widgets. Each fixture is the smallest page that shows one pattern.
/// </summary>
public sealed class ArticleBodyFurnitureTests
{
    private static readonly Uri PageUrl = new("https://berita.example.id/2024/11/05/banjir");

    private const string Article =
        "<p>Pemerintah kabupaten menyalurkan bantuan logistik kepada warga terdampak banjir di tiga kecamatan sejak pagi.</p>" +
        "<p>Kepala dinas mengatakan paket sembako telah dikirim ke dua belas desa dengan truk milik pemerintah daerah.</p>" +
        "<p>Warga yang rumahnya terendam diminta mengungsi ke balai desa sampai air surut dan jalan bisa dilalui lagi.</p>" +
        "<p>Petugas kesehatan juga membuka posko di setiap kecamatan untuk memeriksa warga yang jatuh sakit.</p>";

    private static string Teaser(int i) =>
        $"<div class='item'><h3><a href='/berita/{i}'>Judul berita lain nomor {i} tentang kabupaten</a></h3>" +
        $"<p>Ringkasan berita lain nomor {i} yang ditulis sebagai pengantar agar pembaca mau membuka halamannya.</p>" +
        $"<a href='/berita/{i}'>» Selanjutnya</a></div>";

    [Fact]
    public void A_column_of_teasers_beside_the_article_does_not_pull_the_body_up_to_the_page()
    {
        // Four teasers hold about a third as much prose as the article: enough, counted as prose, to keep the
        // extractor from descending into the article's column.
        var html = "<html><body><div class='frame'>" +
            $"<div class='kolom-kiri'><h1>Bantuan banjir disalurkan</h1><div class='isi'>{Article}</div></div>" +
            $"<div class='kolom-kanan'>{string.Concat(Enumerable.Range(1, 4).Select(Teaser))}</div>" +
            "</div></body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("posko di setiap kecamatan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ringkasan berita lain", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Selanjutnya", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_neighbouring_block_of_prose_with_one_link_still_competes_with_the_article()
    {
        // The guard on the teaser rule: only blocks that are largely links are discounted, not every block with a link.
        var html = $"<html><body><div class='frame'><div class='isi'>{Article}</div>" +
            "<div class='kolom-kanan'><p>Pengumuman lain dari pemerintah kabupaten tentang jadwal pelayanan kependudukan " +
            "yang dibuka kembali setelah libur panjang, dengan antrean yang diatur lewat <a href='/antrean'>aplikasi</a> " +
            "agar warga tidak menunggu terlalu lama di kantor kecamatan.</p></div></div></body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("sembako telah dikirim", text, StringComparison.Ordinal);
        Assert.Contains("Pengumuman lain", text, StringComparison.Ordinal);
    }

    private const string Gallery =
        "<div class='galeri'>" +
        "<figure><img src='/f/1.jpg'><figcaption>Warga mengungsi ke balai desa saat banjir merendam permukiman di Demak, Senin (4/11).</figcaption></figure>" +
        "<figure><img src='/f/2.jpg'><figcaption>Petugas membagikan paket sembako kepada pengungsi di posko kecamatan.</figcaption></figure>" +
        "</div>";

    [Fact]
    public void A_photo_page_without_paragraphs_is_told_by_its_description()
    {
        var html = "<html><head><meta property='og:description' content='Banjir merendam ratusan rumah di tiga kecamatan, warga mengungsi ke balai desa.'>" +
            $"</head><body><h1>Foto: Banjir di Demak</h1>{Gallery}</body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Equal("Banjir merendam ratusan rumah di tiga kecamatan, warga mengungsi ke balai desa.", text);
    }

    [Fact]
    public void A_photo_page_without_a_description_is_told_by_its_captions()
    {
        var html = $"<html><body><h1>Foto: Banjir di Demak</h1>{Gallery}</body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("Warga mengungsi ke balai desa", text, StringComparison.Ordinal);
        Assert.Contains("paket sembako kepada pengungsi", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_paragraphs_keeps_its_body_and_drops_its_photo_captions()
    {
        var html = "<html><head><meta name='description' content='Ringkasan dari redaksi yang tidak boleh menggantikan isi berita.'></head>" +
            $"<body><h1>Bantuan banjir</h1><div class='isi'>{Gallery}{Article}</div></body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("dua belas desa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ringkasan dari redaksi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("paket sembako kepada pengungsi", text, StringComparison.Ordinal);
    }

    private static string Page(string inside) => $"<html><body><h1>Bantuan banjir disalurkan</h1><div class='isi'>{inside}</div></body></html>";

    [Fact]
    public void A_list_of_other_headlines_inside_the_body_goes_with_its_heading()
    {
        var html = Page(Article + "<h3>Berita Pilihan</h3><ul>" +
            "<li><a href='/a'>Jembatan baru di Kecamatan Wonosalam diresmikan</a></li>" +
            "<li><a href='/b'>Harga beras turun menjelang panen raya</a></li>" +
            "<li><a href='/c'>Sekolah rusak akibat angin kencang segera diperbaiki</a></li></ul>" +
            "<p>Bupati meminta warga tetap waspada karena hujan diperkirakan turun hingga akhir pekan ini.</p>");

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.DoesNotContain("Jembatan baru", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Berita Pilihan", text, StringComparison.Ordinal);
        Assert.Contains("hujan diperkirakan turun", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headlines_written_between_paragraphs_one_per_line_go_with_their_heading()
    {
        var html = Page("<p>Kepala dinas mengatakan paket sembako telah dikirim ke dua belas desa dengan truk milik pemerintah.</p>" +
            "<h2>JANGAN LEWATKAN!!!</h2><a href='/a'>Jembatan baru diresmikan</a><br><a href='/b'>Harga beras turun</a><br>" +
            "<a href='/c'>Sekolah rusak segera diperbaiki</a><br>" +
            "<p>Bupati meminta warga tetap waspada karena hujan diperkirakan turun hingga akhir pekan ini.</p>");

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.DoesNotContain("Jembatan baru", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LEWATKAN", text, StringComparison.Ordinal);
        Assert.Contains("sembako telah dikirim", text, StringComparison.Ordinal);
        Assert.Contains("hujan diperkirakan turun", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_links_one_word_after_another_is_not_a_run_of_headlines()
    {
        var html = Page(Article + "<div class='isi'>Warga sudah lama mengeluhkan genangan itu. <a href='/1'>Bahkan</a> <a href='/2'>sejak</a> " +
            "<a href='/3'>tahun</a> <a href='/4'>lalu</a> laporan mereka menumpuk di kantor kecamatan tanpa jawaban yang jelas.</div>");

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("Bahkan sejak tahun lalu laporan mereka menumpuk", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_of_linked_prose_paragraphs_is_not_a_link_list()
    {
        var linkedWords = string.Join(' ', "Kabupaten Demak Jawa Tengah Sungai Wulan Kecamatan Sayung Karangtengah".Split(' ').Select((w, i) => $"<a href='/w/{i}'>{w}</a>"));
        // Over half of the section's text is links, but its second paragraph is an ordinary sentence.
        var html = Page(Article + $"<div class='bagian'><p>{linkedWords} tergenang setiap musim hujan.</p>" +
            "<p>Air datang dari <a href='/s/1'>Sungai Serang</a> dan <a href='/s/2'>Sungai Tuntang</a> ketika " +
            "<a href='/s/3'>hujan deras di hulu</a> turun, kata petugas bendungan.</p></div>");

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("Karangtengah tergenang setiap musim hujan", text, StringComparison.Ordinal);
        Assert.Contains("kata petugas bendungan", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_marked_as_having_no_caption_keeps_its_text()
    {
        var html = Page("<div class='item no_caption'><h2>Bupati meminta warga tetap waspada karena hujan diperkirakan turun hingga akhir pekan.</h2>" +
            "<img src='/f.jpg'></div>" + Article);

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("hujan diperkirakan turun", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_references_with_dates_is_not_taken_for_datelines()
    {
        var html = Page(Article + "<ol class='rujukan'><li>\"Banjir Demak\". BPBD Jawa Tengah. 5 November 2024.</li>" +
            "<li>\"Curah Hujan\". BMKG. 4 November 2024.</li></ol>");

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("BPBD Jawa Tengah", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_links_several_names_is_prose_not_a_link_list()
    {
        var paragraph = "<div class='kutipan'>Rapat dihadiri <a href='/p/1'>Bupati Demak</a>, <a href='/p/2'>Wakil Bupati</a> dan " +
            "<a href='/p/3'>Sekretaris Daerah</a>, yang sepakat menambah anggaran tanggap darurat untuk warga terdampak banjir tahun ini.</div>";

        var text = new ArticlePageExtractor().Extract(Page(Article + paragraph), PageUrl).Text;

        Assert.Contains("menambah anggaran tanggap darurat", text, StringComparison.Ordinal);
        Assert.Contains("Wakil Bupati", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_above_the_body_is_not_body_text_but_a_dateline_in_the_lead_is()
    {
        var html = Page("<div class='tgl'>Selasa, 23/02/2016 15:32 WIB | 998 Views</div>" +
            "<p><strong>Demak, 23/02/2016</strong> - Pemerintah kabupaten menyalurkan bantuan logistik kepada warga terdampak banjir.</p>" +
            Article);

        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.DoesNotContain("998", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("Demak, 23/02/2016 - Pemerintah", page.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2016, 2, 23, 8, 32, 0, DateTimeKind.Utc), page.PublishedUtc);
    }

    [Theory]
    [InlineData("<div class='gal_rating'><span>Rating (12 voters)</span></div>", "voters")]
    [InlineData("<div class='vote_galeri'><strong>Vote Photo</strong></div>", "Vote Photo")]
    [InlineData("<div class='wp-caption'><img src='/f.jpg'><p>Warga antre sembako di balai desa. (Foto: Humas)</p></div>", "Humas")]
    [InlineData("<strong>Fotografer: Grandyos Zafna</strong>", "Grandyos")]
    [InlineData("<p>Editor: B Kunto Wibisono</p>", "Kunto")]
    [InlineData("<p>COPYRIGHT © 2016</p>", "2016")]
    [InlineData("<div><strong>More Photos</strong></div>", "More Photos")]
    [InlineData("<span class='simak'>Simak Lifestyle Populer Lainnya</span>", "Simak")]
    public void Photo_page_and_credit_furniture_is_gone(string furniture, string tell)
    {
        var text = new ArticlePageExtractor().Extract(Page(Article + furniture), PageUrl).Text;

        Assert.Contains("posko di setiap kecamatan", text, StringComparison.Ordinal);
        Assert.DoesNotContain(tell, text, StringComparison.Ordinal);
    }
}
