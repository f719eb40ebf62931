namespace NewsBot.Extraction;

/// <summary>How article pages are read where the page itself leaves something open.</summary>
public sealed class ArticlePageOptions
{
    /// <summary>
    /// The offset from UTC of a date a page writes without a zone. Indonesian sites mean their own clock, nearly always
    /// WIB (UTC+7), so that is the default rather than UTC.
    /// </summary>
    public TimeSpan DefaultUtcOffset { get; set; } = TimeSpan.FromHours(7);
}
