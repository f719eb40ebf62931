using NewsBot.Delivery;
using NewsBot.Delivery.WhatsApp;

namespace NewsBot.Tests.WhatsApp;

public sealed class WhatsAppNewsFormatterTests
{
    private static NewsMessage News(string title, string summary, string language = "id") =>
        new("628123", title, summary, "https://demakkab.go.id/berita/a_b", ["ekonomi", "umkm"], language);

    [Fact]
    public void Title_is_bold_and_the_link_is_a_plain_url_with_hashtags_below()
    {
        var text = WhatsAppNewsFormatter.Format(News("Pasar Murah", "Digelar di alun-alun."));

        Assert.Equal("*Pasar Murah*\n\nDigelar di alun-alun.\n\nBaca selengkapnya: https://demakkab.go.id/berita/a_b\n#ekonomi #umkm", text);
    }

    [Fact]
    public void Markers_in_scraped_text_cannot_format_but_the_url_stays_as_it_is()
    {
        var text = WhatsAppNewsFormatter.Format(News("*Promo* _gratis_ ~batal~ `kode`", "Harga *turun*", "en"));

        Assert.StartsWith("*＊Promo＊ ＿gratis＿ ～batal～ ˋkodeˋ*\n\nHarga ＊turun＊", text, StringComparison.Ordinal);
        Assert.Contains("Read more: https://demakkab.go.id/berita/a_b", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_summary_is_cut_to_fit_WhatsApps_4096_characters()
    {
        var text = WhatsAppNewsFormatter.Format(News("Judul", string.Concat(Enumerable.Repeat("Kalimat panjang sekali. ", 1000))));

        Assert.True(text.Length <= WhatsAppNewsFormatter.MaxMessageChars, $"{text.Length} characters");
        Assert.EndsWith("#ekonomi #umkm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_parameters_are_single_lines()
    {
        var parameters = WhatsAppNewsFormatter.TemplateParameters(News("Banjir\nrob  di\tSayung", "x"), ["title", "url", "tags"]);

        Assert.Equal(["Banjir rob di Sayung", "https://demakkab.go.id/berita/a_b", "ekonomi, umkm"], parameters);
    }
}
