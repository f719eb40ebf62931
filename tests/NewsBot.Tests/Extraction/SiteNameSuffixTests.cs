using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class SiteNameSuffixTests
{
    [Theory]
    [InlineData("Banjir Rendam Tiga Desa - Kabarkota.com Regional", "https://regional.kabarkota.com/read/1", null, "Banjir Rendam Tiga Desa")]
    [InlineData("Banjir Rendam Tiga Desa | Warta Daerah", "https://news.example.id/1", "Warta Daerah", "Banjir Rendam Tiga Desa")]
    [InlineData("Banjir Rendam Tiga Desa | portalhaji.co.id", "https://news.example.id/1", null, "Banjir Rendam Tiga Desa")]
    [InlineData("Jokowi - Prabowo Bertemu di Istana", "https://news.example.id/1", null, "Jokowi - Prabowo Bertemu di Istana")]
    public void Only_a_site_name_is_taken_off_the_end(string title, string url, string? siteName, string expected) =>
        Assert.Equal(expected, SiteNameSuffix.Strip(title, new Uri(url), siteName));

    [Fact]
    public void The_extractor_takes_the_site_name_off_og_title()
    {
        var html = "<html><head><meta property='og:title' content='Banjir Rendam Tiga Desa - Kabarkota.com'></head><body><h1>Nasional</h1>" +
            "<p>Pemerintah kabupaten menyalurkan bantuan logistik kepada warga terdampak banjir di tiga kecamatan.</p></body></html>";

        Assert.Equal("Banjir Rendam Tiga Desa", new ArticlePageExtractor().Extract(html, new Uri("https://kabarkota.com/read/1")).Title);
    }
}
