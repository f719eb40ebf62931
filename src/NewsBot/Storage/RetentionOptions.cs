using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage;

/// <summary>How long finished records are kept before the retention job deletes them; 0 keeps them forever.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Finished outbox rows (sent, failed, cancelled). One row per recipient per article: 100,000 a news item for a
    /// large audience, so without a limit the database grows by gigabytes a month. Statistics read the last 24 hours,
    /// and a broadcast's progress only its own running rows.
    /// </summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 (keep forever) and 3650.")]
    public int DeliveryDays { get; set; } = 30;

    /// <summary>The admins' audit log (/audit).</summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 (keep forever) and 3650.")]
    public int AuditDays { get; set; } = 365;

    /// <summary>Processed WhatsApp webhook items; Meta redelivers a webhook within hours, so a week keeps duplicates out.</summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 (keep forever) and 3650.")]
    public int WhatsAppInboundDays { get; set; } = 7;

    /// <summary>
    /// Processed Telegram webhook updates; Telegram posts an update again only until it gets an answer, so a week keeps
    /// any late copy out.
    /// </summary>
    [Range(0, 3650, ErrorMessage = "must be between 0 (keep forever) and 3650.")]
    public int TelegramInboundDays { get; set; } = 7;

    /// <summary>Rows deleted per statement: each batch is a short write, so delivery never waits long behind the clean-up.</summary>
    [Range(100, 100_000, ErrorMessage = "must be between 100 and 100000.")]
    public int BatchSize { get; set; } = 5_000;
}
