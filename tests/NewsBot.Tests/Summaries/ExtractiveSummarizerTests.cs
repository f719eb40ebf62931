using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class ExtractiveSummarizerTests
{
    /// <summary>Shaped like a regency office's page after extraction: dateline, quotes, credit, tag list, footer.</summary>
    private const string Title = "Pemkab Demak Salurkan Bantuan Korban Banjir Sayung";

    private const string Article =
        "Demak – Pemerintah Kabupaten Demak menyalurkan 1.250 paket sembako kepada korban banjir di Kec. Sayung, Senin (08/06/22).\n" +
        "Plt. Kepala Dinas Sosial, Hj. Siti Rahayu, S.Pd., M.Si., mengatakan bantuan senilai Rp 1,32 miliar itu dibagikan di 12 desa.\n" +
        "“Kami pastikan semua warga terdampak menerima bantuan,” ungkapnya. Ia menambahkan, dapur umum dibuka hingga air surut.\n" +
        "Foto: Penyaluran bantuan di Balai Desa Sriwulan\n" +
        "Baca juga: Bupati Tinjau Tanggul Jebol\n" +
        "Warga mengaku terbantu. “Terima kasih kepada Pemkab Demak,” ujar Sutrisno, warga Desa Sriwulan. (kominfo/ist-rdy)\n" +
        "Tags: banjir, sosial, sayung\n" +
        "Copyright © 2022 Dinas Kominfo Kabupaten Demak. All rights reserved.";

    private readonly ExtractiveSummarizer summarizer = new();

    [Fact]
    public void A_regency_article_gives_a_clean_summary_of_two_or_three_sentences()
    {
        var summary = summarizer.Summarize(Title, Article, 500);
        var sentences = new SentenceSplitter().Split(summary);

        Assert.InRange(sentences.Count, 2, 3);
        Assert.StartsWith("Pemerintah Kabupaten Demak menyalurkan 1.250 paket sembako", summary, StringComparison.Ordinal);
        foreach (var junk in new[] { "Demak –", "kominfo/", "Foto:", "Baca juga", "Tags:", "Copyright", "©" })
            Assert.DoesNotContain(junk, summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 500);
    }

    [Fact]
    public void A_smaller_channel_budget_keeps_the_best_sentences_that_fit()
    {
        var options = new SummaryOptions { MaxChars = 500, WhatsAppMaxChars = 200 };
        var stored = summarizer.Summarize(Title, Article, options.MaxChars);

        var whatsApp = summarizer.Summarize(Title, stored, options.BudgetFor(ChannelKind.WhatsApp));

        Assert.True(whatsApp.Length <= 200);
        Assert.StartsWith("Pemerintah Kabupaten Demak", whatsApp, StringComparison.Ordinal);
        Assert.Equal(500, options.BudgetFor(ChannelKind.Telegram));
    }

    [Fact]
    public void The_same_text_always_gives_the_same_summary() =>
        Assert.Equal(summarizer.Summarize(Title, Article, 300), new ExtractiveSummarizer().Summarize(Title, Article, 300));

    [Fact]
    public void Choose_returns_sentences_in_article_order_within_the_count()
    {
        string[] sentences = ["Bupati meresmikan jembatan Sayung.", "Jembatan itu menghubungkan dua desa.", "Cuaca cerah.", "Warga senang dengan jembatan baru Sayung."];

        var chosen = summarizer.Choose(sentences, [0, 0, 1, 1], "Bupati resmikan jembatan Sayung", maxSentences: 2);

        Assert.Equal(2, chosen.Count);
        Assert.True(chosen[0] < chosen[1]);
        Assert.Contains(0, chosen);
    }

    [Fact]
    public void When_no_sentence_fits_the_first_is_cut_with_an_ellipsis() =>
        Assert.Equal("Pemerintah Kabupaten Demak menyalurkan…", summarizer.Summarize(Title, Article.Split('\n')[0], 40));

    [Fact]
    public void Empty_text_gives_an_empty_summary() => Assert.Equal("", summarizer.Summarize("Judul", " \n ", 100));
}
