using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>Pieces of IndoSum articles that the splitter returns as sentences but that say nothing on their own.</summary>
public sealed class SentenceFragmentTests
{
    [Theory]
    [InlineData("Suara.com - , ( 8 / 11 / 2017 ) pagi .")] // a dateline left without its words
    [InlineData("Suara.com -, (8/11/2017) pagi.")]
    [InlineData("(D011)")]
    [InlineData("( den / asa )")]
    [InlineData("2 .")]
    [InlineData("Babak pertama")] // a heading
    [InlineData("Upaya Dialog")]
    [InlineData("Pelatih : Joko Susilo")] // a label
    [InlineData("22 Juni: 27.561 penumpang")] // a figure line
    [InlineData("kata Barkin .")] // the tail of a quote's attribution
    [InlineData("Nasi Gandul.")]
    public void Not_a_sentence(string text) => Assert.True(SentenceFragment.IsFragment(text));

    [Theory]
    [InlineData("Kami kelelahan karena perjalanan panjang.")]
    [InlineData("Gempa melanda kawasan Lampung Selatan pada sekitar pukul 04.28 WIB, Selasa (25/4).")]
    [InlineData("\"Ya, keputusan tersebut telah saya buat dalam hati,\" tutur Macron, Jumat (5/5).")]
    [InlineData("Mengapa cuma 24 jam?")]
    [InlineData("Indeks Harga Saham Gabungan (IHSG) ditutup menguat 9,55 poin (0,16 persen) ke level 5.914")]
    public void A_sentence(string text) => Assert.False(SentenceFragment.IsFragment(text));
}
