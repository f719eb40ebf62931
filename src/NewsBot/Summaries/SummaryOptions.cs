using System.ComponentModel.DataAnnotations;

namespace NewsBot.Summaries;

public sealed class SummaryOptions
{
    public const string SectionName = "Summaries";

    /// <summary>The longest summary stored with an article: two or three sentences that fit a phone screen.</summary>
    [Range(80, 3_000, ErrorMessage = "Summaries:MaxChars must be between 80 and 3000.")]
    public int MaxChars { get; set; } = 500;
}
