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
}
