using NewsBot.Storage;

namespace NewsBot.Tests.Sources;

public sealed class ArticleKeyTests
{
    private static string Key(string url) => ArticleKey.For(null, new Uri(url), "t");

    [Theory]
    [InlineData("http://demakkab.go.id/berita/a")]
    [InlineData("https://WWW.demakkab.go.id/berita/a/")]
    [InlineData("https://demakkab.go.id/berita/a?utm_campaign=x&fbclid=1")]
    [InlineData("https://demakkab.go.id/berita/a/amp")]
    [InlineData("https://demakkab.go.id/berita/a.amp")]
    [InlineData("https://demakkab.go.id/amp/berita/a")]
    [InlineData("https://demakkab.go.id/berita/a?amp=1")]
    public void Variants_of_one_url_share_a_key(string variant)
    {
        Assert.Equal(Key("https://demakkab.go.id/berita/a"), Key(variant));
    }

    [Theory]
    [InlineData("https://demakkab.go.id/berita/b")]
    [InlineData("https://demakkab.go.id/berita/a?id=2")]
    [InlineData("https://kudus.go.id/berita/a")]
    [InlineData("https://demakkab.go.id/berita/camp")]
    public void Different_articles_get_different_keys(string other)
    {
        Assert.NotEqual(Key("https://demakkab.go.id/berita/a"), Key(other));
    }

    [Fact]
    public void Guid_key_is_null_without_a_guid_and_normalises_permalink_guids()
    {
        Assert.Null(ArticleKey.ForGuid("  "));
        Assert.Equal(ArticleKey.ForGuid("http://www.demakkab.go.id/?p=5"), ArticleKey.ForGuid("https://demakkab.go.id/?p=5&utm_source=rss"));
        Assert.NotEqual(ArticleKey.ForGuid("tag:demak,2026:5"), ArticleKey.ForGuid("tag:demak,2026:6"));
    }
}
