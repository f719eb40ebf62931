using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class LeadSummarizerTests
{
    private const string Article =
        "Demak – Pemerintah Kabupaten Demak menyalurkan 1.250 paket sembako kepada warga Kec. Karanganyar. " +
        "Plt. Kepala BPBD, dr. H. Ahmad Fauzi, M.Si., mengatakan bantuan senilai Rp 1,32 miliar. " +
        "Penyaluran akan dilanjutkan pekan depan.\n\nWarga menyambut baik bantuan itu. (kominfo/ist-rdy)";

    private readonly LeadSummarizer _summarizer = new();

    [Fact]
    public void Takes_whole_lead_sentences_within_the_budget()
    {
        var summary = _summarizer.Summarize(Article, 200);

        Assert.Equal(
            "Pemerintah Kabupaten Demak menyalurkan 1.250 paket sembako kepada warga Kec. Karanganyar. " +
            "Plt. Kepala BPBD, dr. H. Ahmad Fauzi, M.Si., mengatakan bantuan senilai Rp 1,32 miliar.",
            summary);
        Assert.True(summary.Length <= 200);
    }

    [Fact]
    public void Whole_text_fits_in_a_large_budget_without_credits()
    {
        var summary = _summarizer.Summarize(Article, 1000);

        Assert.EndsWith("Warga menyambut baik bantuan itu.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("kominfo", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Demak –", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void First_sentence_longer_than_the_budget_is_cut_at_a_word_with_an_ellipsis()
    {
        var summary = _summarizer.Summarize(Article, 40);

        Assert.Equal("Pemerintah Kabupaten Demak menyalurkan…", summary);
        Assert.True(summary.Length <= 40);
    }

    [Fact]
    public void Empty_text_gives_empty_summary() => Assert.Equal("", _summarizer.Summarize("  ", 100));
}
