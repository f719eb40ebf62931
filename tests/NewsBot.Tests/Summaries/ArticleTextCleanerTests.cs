using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class ArticleTextCleanerTests
{
    private readonly ArticleTextCleaner _cleaner = new();

    [Theory]
    [InlineData("Demak – Pemkab menyalurkan bantuan.", "Pemkab menyalurkan bantuan.")]
    [InlineData("JAKARTA, KOMPAS.com - Menteri meninjau lokasi.", "Menteri meninjau lokasi.")]
    [InlineData("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.", "Sebanyak 29 penerbangan dibatalkan.")]
    [InlineData("SEMARANG (Antara) — Gubernur hadir.", "Gubernur hadir.")]
    [InlineData("Kudus, 12/3 (ANTARA) -- Harga cabai naik.", "Harga cabai naik.")]
    [InlineData("Pemkab Demak - bersama BPBD - menyalurkan bantuan.", "Pemkab Demak - bersama BPBD - menyalurkan bantuan.")]
    [InlineData("Warga senang dengan bantuan ini.", "Warga senang dengan bantuan ini.")]
    public void Drops_the_dateline(string text, string expected) => Assert.Equal(expected, _cleaner.Clean(text));

    [Fact]
    public void Drops_trailing_credit_and_credit_lines()
    {
        const string text = "Demak – Bantuan disalurkan.\n\nBaca juga: Banjir Surut\n\nWarga berterima kasih. (kominfo/ist-rdy)\n\nEditor: Rudi";

        Assert.Equal("Bantuan disalurkan.\n\nWarga berterima kasih.", _cleaner.Clean(text));
    }

    [Fact]
    public void Keeps_parentheses_that_are_part_of_a_sentence() =>
        Assert.Equal("Bupati hadir pada Senin (4/11/2024).", _cleaner.Clean("Bupati hadir pada Senin (4/11/2024)."));

    [Theory]
    [InlineData("De Boer telah kalah dalam empat pertandingan liga, demikian Reuters. (D011)", "De Boer telah kalah dalam empat pertandingan liga, demikian Reuters.")]
    [InlineData("Persiba kalah 0-2 di Stadion Gajayana. (Yendhi/win)", "Persiba kalah 0-2 di Stadion Gajayana.")]
    [InlineData("Bupati hadir pada Senin (4/11/2024)", "Bupati hadir pada Senin (4/11/2024)")]
    [InlineData("Pasien terinfeksi virus corona (COVID-19)", "Pasien terinfeksi virus corona (COVID-19)")]
    public void Drops_agency_codes_and_handles_but_not_dates_or_names(string text, string expected) =>
        Assert.Equal(expected, _cleaner.Clean(text));

    [Fact]
    public void A_summary_of_a_broken_page_text_reads_clean()
    {
        // IndoSum dev.01: mojibake quotes, no-break spaces, a cross-link pasted after the paragraph.
        const string text =
            "Institut Prancis di Indonesia (IFI) membuka kelas kursus bahasa Prancis spesialisasi gastronomi mulai 13 September di IFI Jakarta. " +
            "Kursus ini mengusung konsep â€œBelajar Bahasa Prancis Sambil Memasakâ€\u009d dengan pembimbing Chef Nabil Jaghdour.\u00A0 " +
            "[Baca juga: Ancaman Bagi Dunia Jika AS Keluar dari Kesepakatan Iklim Paris]\n" +
            "Baca juga: Setya Novanto: Jangan Sampai Kisruh Taksi dan Ojek Online Jadi Besar";

        var summary = new ExtractiveSummarizer().Summarize("Kursus bahasa Prancis sambil memasak", text, 500);

        Assert.Contains("“Belajar Bahasa Prancis Sambil Memasak”", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Baca juga", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0", summary, StringComparison.Ordinal);
    }
}
