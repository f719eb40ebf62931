using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;

namespace NewsBot.Tests.Delivery;

public sealed class TelegramNewsFormatterTests
{
    private static NewsMessage Message(string title = "Judul", string summary = "Ringkasan.", string language = "id") =>
        new("1", title, summary, "https://demakkab.go.id/berita/1?a=1&b=2", ["ekonomi", "kabupaten-demak"], language);

    [Fact]
    public void Title_is_bold_and_everything_user_supplied_is_escaped()
    {
        var (html, plain) = TelegramNewsFormatter.Format(Message("<script>alert(1)</script> & \"kutip\"", "5 < 6 & 7 > 3"));

        Assert.StartsWith("<b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot;</b>\n\n", html, StringComparison.Ordinal);
        Assert.Contains("5 &lt; 6 &amp; 7 &gt; 3", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://demakkab.go.id/berita/1?a=1&amp;b=2\">Baca selengkapnya</a>", html, StringComparison.Ordinal);
        Assert.StartsWith("<script>alert(1)</script>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_become_hashtags_that_Telegram_can_link()
    {
        var (html, _) = TelegramNewsFormatter.Format(Message());
        Assert.EndsWith("\n#ekonomi #kabupaten_demak", html, StringComparison.Ordinal);
    }

    [Fact]
    public void English_subscribers_get_an_English_link_text()
    {
        var (_, plain) = TelegramNewsFormatter.Format(Message(language: "en"));
        Assert.Contains("Read more: https://", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_summary_is_cut_to_fit_4096_code_points_counting_an_emoji_as_one()
    {
        var summary = string.Concat(Enumerable.Repeat("Banjir 🌊 melanda desa. ", 400));
        var (html, plain) = TelegramNewsFormatter.Format(Message(summary: summary));

        var plainLength = Telegram.Bot.Extensions.HtmlText.PlainLength(html);
        Assert.InRange(plainLength, 3900, TelegramNewsFormatter.MaxMessageCodePoints);
        Assert.InRange(TelegramNewsFormatter.CodePoints(plain), 3900, TelegramNewsFormatter.MaxMessageCodePoints);
        Assert.Contains("…", plain, StringComparison.Ordinal);
        Assert.Contains("Baca selengkapnya", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair()
    {
        var cut = TelegramNewsFormatter.Truncate(new string('a', 5) + "😀😀😀😀", 7);
        Assert.Equal(7, TelegramNewsFormatter.CodePoints(cut));
        Assert.True(cut.EnumerateRunes().All(r => r.Value != 0xFFFD));
    }
}
