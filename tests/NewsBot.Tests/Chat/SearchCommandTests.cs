using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat;

/// <summary>/cari over the real FTS5 index: stems, ranking, the index catching up, and every odd query answered.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly CommandTestBed bed = new();

    private Article Publish(string title, string summary, int daysAgo = 0)
    {
        using var db = bed.Open();
        var article = Seed.Article(db, Seed.Source(db, $"https://x.go.id/{Guid.NewGuid():N}"), title, "berita");
        article.Summary = summary;
        article.PublishedUtc = Seed.Now.AddDays(-daysAgo);
        db.SaveChanges();
        return article;
    }

    [Fact]
    public async Task A_word_finds_its_inflected_forms_through_the_stemmer()
    {
        var flooded = Publish("Ratusan rumah di Sayung kebanjiran", "Air setinggi lutut merendam permukiman warga.", daysAgo: 2);
        Publish("Pasar murah digelar", "Harga beras dan minyak goreng lebih rendah.");

        var reply = await bed.SendAsync("/cari banjir");

        Assert.StartsWith("Hasil pencarian \"banjir\":", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1. Ratusan rumah di Sayung kebanjiran", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"27/11/2026 · {flooded.Url}", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pasar murah", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_in_the_summary_are_found_too_and_every_word_must_match_when_possible()
    {
        Publish("Rapat koordinasi", "Bupati membahas penanganan banjir di Wedung.");
        Publish("Banjir di Karanganyar", "Warga mengungsi ke balai desa.");

        var both = await bed.SendAsync("/cari banjir Wedung");
        Assert.Contains("Rapat koordinasi", both.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Karanganyar", both.Text, StringComparison.Ordinal);

        var some = await bed.SendAsync("/cari banjir Mijen");
        Assert.Contains("Tidak ada berita dengan semua kata itu; ini yang memuat sebagian:", some.Text, StringComparison.Ordinal);
        Assert.Contains("Banjir di Karanganyar", some.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_top_five_are_shown_newest_first_among_equal_matches()
    {
        for (var day = 1; day <= 7; day++) Publish($"Banjir hari {day}", "Air naik.", daysAgo: day);

        var reply = await bed.SendAsync("/cari banjir");

        var lines = reply.Text.Split('\n').Where(l => l.Contains(". Banjir hari", StringComparison.Ordinal)).ToList();
        Assert.Equal(["1. Banjir hari 1", "2. Banjir hari 2", "3. Banjir hari 3", "4. Banjir hari 4", "5. Banjir hari 5"], lines);
    }

    [Fact]
    public async Task Articles_stored_after_the_last_search_are_found_without_waiting_for_the_job()
    {
        Publish("Jalan rusak diperbaiki", "Perbaikan jalan desa.");
        Assert.Contains("Jalan rusak", (await bed.SendAsync("/cari jalan")).Text, StringComparison.Ordinal);

        Publish("Jalan tol dibuka", "Tol baru mempercepat perjalanan.");
        var reply = await bed.SendAsync("/cari jalan");

        Assert.Contains("Jalan tol dibuka", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Jalan rusak", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_word_gets_an_example()
    {
        Assert.Equal("Tulis kata yang dicari, misalnya: /cari banjir", (await bed.SendAsync("/cari")).Text);
        Assert.Equal("Write the word to search for, e.g. /search flood", (await bed.SendAsync("/search", language: "en")).Text);
    }

    [Theory]
    [InlineData("/cari yang dan di")]
    [InlineData("/cari ?!... ---")]
    public async Task Only_stop_words_or_punctuation_get_a_helpful_answer(string command)
    {
        Publish("Banjir", "Air naik.");
        var reply = await bed.SendAsync(command);
        Assert.Contains("hanya berisi kata umum atau tanda baca", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_match_suggests_another_word_and_the_latest_news()
    {
        Publish("Banjir", "Air naik.");
        var reply = await bed.SendAsync("/cari gempa");
        Assert.Equal("Tidak ada berita yang cocok dengan \"gempa\". Coba kata lain, atau lihat /terbaru.", reply.Text);
    }

    [Theory]
    [InlineData("/cari \"banjir")]
    [InlineData("/cari banjir*")]
    [InlineData("/cari NEAR(banjir")]
    [InlineData("/cari banjir OR")]
    [InlineData("/cari -banjir")]
    [InlineData("/cari Title:banjir")]
    [InlineData("/cari ^banjir AND NOT (")]
    public async Task Full_text_syntax_typed_by_users_is_searched_as_words_never_an_error(string command)
    {
        Publish("Banjir di Demak", "Air naik.");

        var reply = await bed.SendAsync(command);

        Assert.Contains("Banjir di Demak", reply.Text, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
