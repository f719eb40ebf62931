using System.ComponentModel.DataAnnotations;
using NewsBot.Storage;

namespace NewsBot.Summaries;

public sealed class SummaryOptions
{
    public const string SectionName = "Summaries";

    /// <summary>The longest summary stored with an article: two or three sentences that fit a phone screen.</summary>
    [Range(80, 3_000, ErrorMessage = "must be between 80 and 3000.")]
    public int MaxChars { get; set; } = 500;

    /// <summary>Telegram shows a long preview comfortably; its budget may use the whole stored summary.</summary>
    [Range(80, 3_000, ErrorMessage = "must be between 80 and 3000.")]
    public int TelegramMaxChars { get; set; } = 500;

    /// <summary>WhatsApp folds long messages behind "Read more" on small screens, so its summaries are shorter.</summary>
    [Range(80, 3_000, ErrorMessage = "must be between 80 and 3000.")]
    public int WhatsAppMaxChars { get; set; } = 300;

    /// <summary>
    /// The length budget of one channel. A channel's summary is the stored summary summarised again within this budget
    /// (<see cref="ExtractiveSummarizer.Summarize"/> on it), which keeps the best of its sentences that fit.
    /// </summary>
    public int BudgetFor(ChannelKind channel) => channel switch
    {
        ChannelKind.Telegram => Math.Min(TelegramMaxChars, MaxChars),
        ChannelKind.WhatsApp => Math.Min(WhatsAppMaxChars, MaxChars),
        _ => MaxChars,
    };
}
