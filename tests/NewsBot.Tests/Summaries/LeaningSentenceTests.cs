using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>
/// The coherence rule on real IndoSum sentences: when the budget leaves a sentence out, a sentence that leans on it
/// does not stay. The model here ranks later sentences first, so every sentence that leans would be chosen were it
/// not for the rule.
/// </summary>
public sealed class LeaningSentenceTests
{
    private const string Lead =
        "Publik tuan rumah bersorak paling dulu setelah pasangan ganda putri nomor satu dunia, Misaki Matsutomo/Ayaka " +
        "Takahashi, mengalahkan Kim Ha-na/Kong Hee-yong (Korea Selatan) pada laga final yang berlangsung di Tokyo " +
        "Metropolitan Gymnasium, Minggu (24/9/2017).";

    private readonly ExtractiveSummarizer laterFirst = new(new SentenceSplitter(), new ArticleTextCleaner(), LaterSentencesFirst());

    [Theory]
    [InlineData("Mengapa cuma 24 jam?")]
    [InlineData("Namun, kedua pasangan tersebut gagal menuai kemenangan.")]
    [InlineData("Hal ini dilakukan sebagai bentuk penghargaan kepada para pejuang kemerdekaan.")]
    [InlineData("Sementara itu, kondisi kesehatan Sheila sendiri saat ini masih perlu mendapat perawatan medis.")]
    [InlineData("Tapi, kesenangan Man United juga hanya berlangsung sesaat.")]
    [InlineData("However, the club said the decision was final.")]
    public void Sentences_that_need_their_predecessor(string sentence) => Assert.True(LeaningSentence.LeansOnPrevious(sentence));

    [Theory]
    [InlineData("Ia mengatakan, salah satu syarat pendidikan karakter bisa berjalan baik adalah keberadaan guru di sekolah.")]
    [InlineData("Mereka membandingkan dengan kunjungan Melania dan Ivanka Trump ke Saudi, beberapa waktu lalu.")]
    [InlineData("She was elected in 2019.")]
    public void Sentences_that_name_someone_by_a_pronoun(string sentence)
    {
        Assert.True(LeaningSentence.OpensWithPronoun(sentence));
        Assert.False(LeaningSentence.LeansOnPrevious(sentence));
    }

    [Theory]
    [InlineData("Indeks Harga Saham Gabungan (IHSG) ditutup menguat 9,55 poin.")]
    [InlineData("Iain Armitage memerankan Sheldon muda.")] // "Ia" only as a whole word
    [InlineData("Itulah sebabnya warga antre sejak pagi.")]
    public void Sentences_that_stand_alone(string sentence)
    {
        Assert.False(LeaningSentence.LeansOnPrevious(sentence));
        Assert.False(LeaningSentence.OpensWithPronoun(sentence));
    }

    [Fact]
    public void A_question_does_not_open_the_summary_when_the_budget_drops_the_lead()
    {
        var text = Lead + "\n\nMengapa cuma 24 jam?";

        var summary = laterFirst.Summarize("Jepang Terbuka 2017", text, 120);

        Assert.DoesNotContain("Mengapa", summary, StringComparison.Ordinal);
        Assert.StartsWith("Publik tuan rumah bersorak", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_leaning_sentences_goes_with_the_lead_that_was_left_out()
    {
        string[] sentences =
        [
            Lead,
            "Namun, kedua pasangan tersebut gagal menuai kemenangan.",
            "Hal ini membuat Jepang hanya meraih satu gelar.",
        ];

        Assert.Empty(laterFirst.Choose(sentences, [0, 0, 1], "Jepang Terbuka 2017", maxSentences: 3, maxChars: 150));
        Assert.Equal([0, 1, 2], laterFirst.Choose(sentences, [0, 0, 1], "Jepang Terbuka 2017", maxSentences: 3));
    }

    [Fact]
    public void A_pronoun_sentence_stays_with_the_lead_that_names_the_person_but_not_without_it()
    {
        string[] sentences =
        [
            "Direktur Jenderal Bea dan Cukai Kementerian Keuangan, Heru Pambudi, mengatakan, PT Freeport Indonesia dan " +
            "PT Newmont (yang sekarang berubah nama menjadi PT Amman Mineral Nusa Tenggara) pada 2016 telah membayar " +
            "kepada negara bea keluar konsentrat total sebanyak Rp 2,5 triliun.",
            "Kedua perusahaan itu mengekspor konsentrat tembaga sepanjang tahun lalu.",
            "Dia menjabarkan, rincian bea keluar yang berasal dari dua perusahaan tambang terbesar di Indonesia itu " +
            "adalah PT Freeport Indonesia sebesar Rp 1,23 triliun.",
        ];
        var leadThenLater = new ExtractiveSummarizer(new SentenceSplitter(), new ArticleTextCleaner(), LeadThenLaterSentences());

        // The lead names Heru Pambudi, so "Dia" is him even without the sentence between.
        Assert.Equal([0, 2], leadThenLater.Choose(sentences, [0, 1, 2], "Bea keluar", maxSentences: 2));
        // Without the lead "Dia" is nobody the reader knows: the sentence before it comes instead.
        Assert.Equal([1], leadThenLater.Choose(sentences, [0, 1, 2], "Bea keluar", maxSentences: 3, maxChars: 160));
    }

    private static SentenceModel LeadThenLaterSentences()
    {
        var weights = new double[SentenceFeatures.Names.Length];
        weights[Array.IndexOf(SentenceFeatures.Names, "first")] = 20;
        weights[Array.IndexOf(SentenceFeatures.Names, "relative-position")] = 10;
        return new SentenceModel(weights);
    }

    private static SentenceModel LaterSentencesFirst()
    {
        var weights = new double[SentenceFeatures.Names.Length];
        weights[Array.IndexOf(SentenceFeatures.Names, "relative-position")] = 10;
        return new SentenceModel(weights);
    }
}
