using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class TagSlugTests
{
    [Theory]
    [InlineData("#Ekonomi", "ekonomi")]
    [InlineData("Kesehatan Ibu", "kesehatan-ibu")]
    [InlineData("Économie", "economie")]
    [InlineData("  Pemerintahan, Politik, dan Keamanan ", "pemerintahan-politik-dan-keamanan")]
    [InlineData("COVID-19", "covid-19")]
    [InlineData("--banjir--", "banjir")]
    public void Normalizes(string raw, string expected) => Assert.Equal(expected, TagSlug.Normalize(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("#!?")]
    public void Nothing_usable_is_null(string? raw) => Assert.Null(TagSlug.Normalize(raw));

    [Fact]
    public void Is_capped_without_a_trailing_hyphen()
    {
        var slug = TagSlug.Normalize(string.Join(' ', Enumerable.Repeat("kabupaten", 10)));

        Assert.NotNull(slug);
        Assert.True(slug.Length <= TagSlug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }
}
