using System.ComponentModel.DataAnnotations;

namespace NewsBot.Extraction;

/// <summary>How article pages are read where the page itself leaves something open.</summary>
public sealed class ArticlePageOptions
{
    public const string SectionName = "Extraction:Pages";

    /// <summary>
    /// The offset from UTC of a date a page writes without a zone. Indonesian sites mean their own clock, nearly always
    /// WIB (UTC+7), so that is the default rather than UTC.
    /// </summary>
    [Range(typeof(TimeSpan), "-14:00:00", "14:00:00", ErrorMessage = "must be an offset from UTC between -14:00:00 and 14:00:00, e.g. 07:00:00 for WIB.")]
    public TimeSpan DefaultUtcOffset { get; set; } = TimeSpan.FromHours(7);
}
