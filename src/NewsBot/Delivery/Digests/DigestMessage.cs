using NewsBot.Delivery.Telegram;

namespace NewsBot.Delivery.Digests;

/// <summary>
/// The message of a claimed digest row. Title, summary and link are filled too, so that a channel that can only send a
/// template (WhatsApp outside the 24-hour window) still says what the digest holds.
/// </summary>
public static class DigestMessage
{
    private const int MaxSummaryCodePoints = 250;

    public static NewsMessage For(ClaimedDelivery delivery, IReadOnlyList<DigestItem> items) => new(
        delivery.ChatId,
        DigestFormatter.Header(items.Count, delivery.Language),
        TelegramNewsFormatter.Truncate(string.Join("; ", items.Select(i => i.Title)), MaxSummaryCodePoints),
        items.Count > 0 ? items[0].Url : delivery.Article.Url,
        [],
        delivery.Language,
        delivery.Article.ArticleId)
    {
        Digest = items,
    };
}
