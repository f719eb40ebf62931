using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class SentenceSplitterTests
{
    private readonly SentenceSplitter _splitter = new();

    [Fact]
    public void Titles_places_and_degrees_do_not_end_sentences()
    {
        const string text = "Plt. Kepala Dinas Kesehatan Kab. Demak, dr. H. Ahmad Fauzi, S.Pd., M.Si., meninjau Kec. Wonosalam. " +
            "Ia didampingi Hj. Siti Aminah dan Prof. Dr. Budi di Jl. Sultan Fatah No. 5. Kunjungan berlangsung lancar.";

        Assert.Equal(
        [
            "Plt. Kepala Dinas Kesehatan Kab. Demak, dr. H. Ahmad Fauzi, S.Pd., M.Si., meninjau Kec. Wonosalam.",
            "Ia didampingi Hj. Siti Aminah dan Prof. Dr. Budi di Jl. Sultan Fatah No. 5.",
            "Kunjungan berlangsung lancar.",
        ], _splitter.Split(text));
    }

    [Fact]
    public void Numbers_with_decimal_commas_and_thousand_dots_stay_whole()
    {
        const string text = "Inflasi tercatat 1,32 persen pada Oktober. Sebanyak 47.000 warga menerima bantuan senilai Rp 1.250.000. Penyaluran dimulai pukul 08.00 WIB.";

        Assert.Equal(
        [
            "Inflasi tercatat 1,32 persen pada Oktober.",
            "Sebanyak 47.000 warga menerima bantuan senilai Rp 1.250.000.",
            "Penyaluran dimulai pukul 08.00 WIB.",
        ], _splitter.Split(text));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_initials_do_not_split()
    {
        const string text = "“Kami siap membantu warga.” Hal itu disampaikan Bupati M. Natsir. \"Posko dibuka 24 jam,\" katanya. Apakah cukup? Tentu!";

        Assert.Equal(
        [
            "“Kami siap membantu warga.”",
            "Hal itu disampaikan Bupati M. Natsir.",
            "\"Posko dibuka 24 jam,\" katanya.",
            "Apakah cukup?",
            "Tentu!",
        ], _splitter.Split(text));
    }

    [Fact]
    public void List_endings_split_only_before_a_capital()
    {
        const string text = "Bantuan berupa beras, minyak, dll. untuk warga. Bantuan lain berupa selimut, tikar, dsb. Semua dikirim hari ini.";

        Assert.Equal(
        [
            "Bantuan berupa beras, minyak, dll. untuk warga.",
            "Bantuan lain berupa selimut, tikar, dsb.",
            "Semua dikirim hari ini.",
        ], _splitter.Split(text));
    }

    [Fact]
    public void Paragraph_breaks_end_sentences_and_empty_text_gives_none()
    {
        Assert.Equal(["Judul tanpa titik", "Paragraf kedua."], _splitter.Split("Judul tanpa titik\n\nParagraf kedua."));
        Assert.Empty(_splitter.Split("  \n "));
    }
}
