using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>Cross-links, advertisement and share labels as they appear in IndoSum and on Indonesian news pages.</summary>
public sealed class PageFurnitureTextTests
{
    private readonly ArticleTextCleaner cleaner = new();

    [Theory]
    [InlineData("Baca juga: Setya Novanto: Jangan Sampai Kisruh Taksi dan Ojek Online Jadi Besar")]
    [InlineData("SIMAK JUGA: Arema Datangkan Pemain Naturalisasi Timor Leste")]
    [InlineData("Baca Juga")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT")]
    [InlineData("Iklan")]
    [InlineData("Bagikan")]
    [InlineData("Share this")]
    [InlineData("Facebook Twitter WhatsApp")]
    [InlineData("Share this story on Twitter, Facebook, or email")]
    [InlineData("Simak breaking news dan berita pilihan kami langsung di ponselmu.")]
    public void Whole_furniture_lines_are_recognised(string line) => Assert.True(PageFurnitureText.IsFurnitureLine(line));

    [Theory]
    [InlineData("Tadi kami lihat juga saat game internal, belum bisa memutuskan, \" kata Djadjang usai menggelar latihan.")]
    [InlineData("Naskah ini bisa dibaca juga di Tabloid BOLA edisi 2.796.")]
    [InlineData("Murid SMP turunkan spanduk iklan rokok di depan sekolah.")]
    [InlineData("Facebook mengumumkan fitur baru untuk pengguna WhatsApp di Indonesia.")]
    public void Prose_with_the_same_words_is_kept(string sentence)
    {
        Assert.False(PageFurnitureText.IsFurnitureLine(sentence));
        Assert.Equal(sentence, cleaner.Clean(sentence));
    }

    [Fact]
    public void A_bracketed_cross_link_inside_a_paragraph_is_cut_out() =>
        Assert.Equal(
            "Nama yang akan dikirim baru diputuskan dalam waktu dekat seusai rapat DPP partai. Fraksi lain sudah mengirim nama.",
            cleaner.Clean("Nama yang akan dikirim baru diputuskan dalam waktu dekat seusai rapat DPP partai. " +
                "[Baca juga: Gerindra Setor 4 Nama untuk Pansus Hak Angket KPK] Fraksi lain sudah mengirim nama."));

    [Fact]
    public void A_cross_link_in_parentheses_with_its_own_parentheses_is_cut_out() =>
        Assert.Equal(
            "Kevin/Marcus tampil di Dubai.",
            cleaner.Clean("Kevin/Marcus tampil di Dubai. (Baca Juga: Jika Juventus Juara (Lagi), Apa yang Perlu Dilakukan Roma dan Napoli?)"));

    [Fact]
    public void A_cross_link_after_a_sentence_goes_to_the_end_of_the_paragraph() =>
        Assert.Equal(
            "Tevez gagal beradaptasi dengan kehidupan di Timur Jauh sejak bergabung pada pergantian tahun ini.",
            cleaner.Clean("Tevez gagal beradaptasi dengan kehidupan di Timur Jauh sejak bergabung pada pergantian tahun ini. " +
                "SIMAK JUGA - Boca Juniors Optimistis Pulangkan Carlos Tevez"));

    [Fact]
    public void A_leftover_cross_link_widget_word_is_removed() =>
        Assert.Equal(
            "Ruas jalan tersebut kini sudah dapat difungsikan kembali kedua lajurnya.",
            cleaner.Clean("Baca_Juga Ruas jalan tersebut kini sudah dapat difungsikan kembali kedua lajurnya."));

    [Fact]
    public void An_ad_label_between_sentences_is_removed() =>
        Assert.Equal(
            "Polisi masih menyelidiki penyebab kebakaran. Warga diminta tetap tenang.",
            cleaner.Clean("Polisi masih menyelidiki penyebab kebakaran. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Warga diminta tetap tenang."));

    [Fact]
    public void Ad_and_share_lines_are_dropped_and_white_space_runs_collapsed() =>
        Assert.Equal(
            "Carlton Cole yang pernah memperkuat West Ham United sudah tiba di kantor PT Persib Bandung Bermartabat.\n\nIa akan diperkenalkan pekan depan.",
            cleaner.Clean("Carlton Cole   yang pernah memperkuat West Ham United sudah tiba di kantor PT\u00A0Persib Bandung\tBermartabat.\n" +
                "ADVERTISEMENT\nBagikan\nFacebook Twitter WhatsApp\nIa akan  diperkenalkan pekan depan."));
}
