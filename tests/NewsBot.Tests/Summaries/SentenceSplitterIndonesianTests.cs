using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>The remaining cases the issue lists: Kadis., dll./dsb., a.n., dates in parentheses, quotes with attributions.</summary>
public sealed class SentenceSplitterIndonesianTests
{
    private readonly SentenceSplitter splitter = new();

    [Fact]
    public void Kadis_and_a_n_do_not_end_sentences() =>
        Assert.Equal(
            ["Surat ditandatangani a.n. Bupati oleh Kadis. Kominfo Demak, Agus Santoso.", "Surat itu dibacakan di pendopo."],
            splitter.Split("Surat ditandatangani a.n. Bupati oleh Kadis. Kominfo Demak, Agus Santoso. Surat itu dibacakan di pendopo."));

    [Fact]
    public void Dll_and_dsb_end_a_sentence_only_before_a_capital() =>
        Assert.Equal(
            ["Warga membawa beras, minyak, gula, dll. untuk dapur umum.", "Relawan menyiapkan tenda, selimut, dsb.", "Bantuan tiba sore hari."],
            splitter.Split("Warga membawa beras, minyak, gula, dll. untuk dapur umum. Relawan menyiapkan tenda, selimut, dsb. Bantuan tiba sore hari."));

    [Fact]
    public void A_date_in_parentheses_stays_in_its_sentence() =>
        Assert.Equal(
            ["Bupati meninjau lokasi banjir, Rabu (08/06/22).", "Ia didampingi Kapolres."],
            splitter.Split("Bupati meninjau lokasi banjir, Rabu (08/06/22). Ia didampingi Kapolres."));

    [Fact]
    public void A_quote_followed_by_its_attribution_is_one_sentence() =>
        Assert.Equal(
            ["“Kami siaga 24 jam. Semua posko sudah siap,” ungkapnya.", "Posko berada di Balai Desa."],
            splitter.Split("“Kami siaga 24 jam. Semua posko sudah siap,” ungkapnya. Posko berada di Balai Desa."));

    [Fact]
    public void A_quote_ending_with_a_full_stop_inside_ends_the_sentence() =>
        Assert.Equal(
            ["Ia menegaskan, “Bantuan harus tepat sasaran.”", "Penyaluran diawasi inspektorat."],
            splitter.Split("Ia menegaskan, “Bantuan harus tepat sasaran.” Penyaluran diawasi inspektorat."));
}
