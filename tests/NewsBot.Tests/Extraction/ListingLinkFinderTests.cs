using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class ListingLinkFinderTests
{
    private static readonly Uri Home = new("https://www.demakkab.go.id/berita");

    private const string Listing = """
        <html><body>
          <nav><a href="/berita/menu-utama-yang-panjang-sekali">Menu utama yang panjang sekali</a></nav>
          <div class="list">
            <a href="/berita/bupati-tinjau-banjir-karanganyar">Bupati Tinjau Banjir di Karanganyar</a>
            <a href="https://berita.demakkab.go.id/2024/11/05/12345/harga-beras">Harga Beras Stabil Jelang Akhir Tahun</a>
            <a href="/kategori/ekonomi-dan-bisnis-daerah">Ekonomi dan Bisnis Daerah Demak</a>
            <a href="/berita/bupati-tinjau-banjir-karanganyar?utm_source=x">Bupati Tinjau Banjir (lagi)</a>
            <a href="https://other.example.com/berita/bukan-milik-kita-sama-sekali">Bukan milik situs ini sama sekali</a>
            <a href="javascript:alert('x')">Klik di sini untuk hadiah besar</a>
            <a class="more" href="/berita/selengkapnya-x-y">Baca</a>
          </div>
        </body></html>
        """;

    [Fact]
    public void Finds_article_links_in_page_order_and_skips_menus_sections_other_sites_and_scripts()
    {
        var links = new ListingLinkFinder().Find(Listing, Home);

        Assert.Equal(
            ["https://www.demakkab.go.id/berita/bupati-tinjau-banjir-karanganyar", "https://berita.demakkab.go.id/2024/11/05/12345/harga-beras",
             "https://www.demakkab.go.id/berita/bupati-tinjau-banjir-karanganyar?utm_source=x"],
            links.Select(l => l.ToString()));
    }

    [Fact]
    public void A_css_selector_from_the_source_settings_overrides_the_guess()
    {
        var links = new ListingLinkFinder().Find(Listing, Home, "a.more");

        Assert.Equal(["https://www.demakkab.go.id/berita/selengkapnya-x-y"], links.Select(l => l.ToString()));
    }
}
