using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class HtmlToTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("Teks biasa", "Teks biasa")]
    [InlineData("<p>Satu</p><p>Dua</p>", "Satu\n\nDua")]
    [InlineData("aman<object classid=\"clsid:1\"><param name=\"a\" value=\"b\"> teks</object>", "aman teks")]
    [InlineData("Baris satu<br>baris dua", "Baris satu\nbaris dua")]
    [InlineData("<p>  banyak \n\t  spasi&nbsp;&nbsp;di sini </p>", "banyak spasi di sini")]
    [InlineData("Harga &amp; mutu &quot;baik&quot;", "Harga & mutu \"baik\"")]
    [InlineData("<div><script>alert(1)</script><style>p{}</style>Isi<iframe src=x></iframe></div>", "Isi")]
    [InlineData("<ul><li>Beras</li><li>Gula</li></ul>", "Beras\nGula")]
    [InlineData("<p>Kata <b>tebal</b> dan <a href='#'>tautan</a>.</p>", "Kata tebal dan tautan.")]
    [InlineData("<figure><img src=a.jpg><figcaption>Foto: Humas</figcaption></figure><p>Berita</p>", "Berita")]
    [InlineData("<p>Tidak ditutup<p>Kedua", "Tidak ditutup\n\nKedua")]
    public void Converts(string? html, string expected) => Assert.Equal(expected, HtmlToText.Convert(html));
}
