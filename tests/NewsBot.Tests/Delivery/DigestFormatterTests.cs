using NewsBot.Delivery.Digests;
using NewsBot.Delivery.Telegram;

namespace NewsBot.Tests.Delivery;

public sealed class DigestFormatterTests
{
    private static List<DigestItem> Items(int count, int titleLength = 40) => Enumerable.Range(1, count)
        .Select(i => new DigestItem($"Berita {i:D2} " + new string('x', titleLength), $"https://demakkab.go.id/berita/{i}", DateTime.UtcNow.AddMinutes(-i)))
        .ToList();

    [Fact]
    public void A_small_digest_lists_every_title_with_its_link_under_a_header()
    {
        var (html, plain) = DigestFormatter.ForTelegram(Items(3), "id");

        Assert.StartsWith("<b>Ringkasan berita harian Anda: 3 berita</b>", html, StringComparison.Ordinal);
        Assert.Contains("• Berita 01", plain, StringComparison.Ordinal);
        Assert.Contains("https://demakkab.go.id/berita/3", plain, StringComparison.Ordinal);
        Assert.True(plain.IndexOf("Berita 01", StringComparison.Ordinal) < plain.IndexOf("Berita 03", StringComparison.Ordinal));
        Assert.DoesNotContain("lainnya", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_digest_shows_the_newest_that_fit_and_counts_the_rest_with_the_latest_command()
    {
        var (html, plain) = DigestFormatter.ForTelegram(Items(60, titleLength: 140), "id");

        Assert.True(TelegramNewsFormatter.CodePoints(plain) <= TelegramNewsFormatter.MaxMessageCodePoints);
        Assert.Contains("• Berita 01", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Berita 60", plain, StringComparison.Ordinal);
        var shown = plain.Split("• ").Length - 1;
        Assert.Contains($"…dan {60 - shown} berita lainnya. Kirim /terbaru", html, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_twenty_short_items_are_cut_to_twenty_for_small_screens()
    {
        var text = DigestFormatter.ForWhatsApp(Items(25, titleLength: 5), "en");

        Assert.StartsWith("*Your daily news digest: 25 articles*", text, StringComparison.Ordinal);
        Assert.Equal(DigestFormatter.MaxItems, text.Split("• ").Length - 1);
        Assert.Contains("…and 5 more. Send LATEST to see the newest.", text, StringComparison.Ordinal);
        Assert.True(text.Length <= 4096);
    }

    [Fact]
    public void Markup_in_titles_is_escaped_for_each_channel()
    {
        var items = new List<DigestItem> { new("Harga <b>cabai</b> & *bawang* naik", "https://x.go.id/a?b=1&c=2", DateTime.UtcNow) };

        var (html, plain) = DigestFormatter.ForTelegram(items, "id");
        var whatsApp = DigestFormatter.ForWhatsApp(items, "id");

        Assert.Contains("Harga &lt;b&gt;cabai&lt;/b&gt; &amp; *bawang* naik", html, StringComparison.Ordinal);
        Assert.Contains("https://x.go.id/a?b=1&amp;c=2", html, StringComparison.Ordinal);
        Assert.Contains("Harga <b>cabai</b> & *bawang* naik", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("*bawang*", whatsApp, StringComparison.Ordinal);
        Assert.Contains("https://x.go.id/a?b=1&c=2", whatsApp, StringComparison.Ordinal);
    }
}
