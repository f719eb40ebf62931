using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>
/// The WhatsApp channel's reads and writes beyond the outbox: the customer service window of a recipient, and the
/// wamid of a sent message on its delivery row so that status webhooks can find it.
/// </summary>
public sealed class WhatsAppDeliveryStore(IDbContextFactory<NewsBotDbContext> contexts, TimeProvider time)
{
    public async Task<WhatsAppRecipientState> GetRecipientAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var state = await db.Subscribers.AsNoTracking()
            .Where(s => s.Channel == ChannelKind.WhatsApp && s.ChatId == chatId)
            .Select(s => new WhatsAppRecipientState(s.LastInboundUtc, s.ReengagementSentUtc))
            .FirstOrDefaultAsync(cancellationToken);
        return state ?? new WhatsAppRecipientState(null, null);
    }

    /// <summary>
    /// Puts the wamid on the delivery row of this article for this chat. The dispatcher records the row as sent after
    /// this; a status webhook that arrives first waits for that (see the status recorder).
    /// </summary>
    public async Task RecordSentAsync(long articleId, string chatId, string messageId, CancellationToken cancellationToken)
    {
        if (articleId == 0) return;
        await using var db = contexts.CreateDbContext();
        await db.Deliveries
            .Where(d => d.ArticleId == articleId
                        && d.Subscriber!.Channel == ChannelKind.WhatsApp && d.Subscriber.ChatId == chatId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ExternalMessageId, messageId)
                .SetProperty(d => d.ExternalStatus, "accepted"), CancellationToken.None);
    }

    public async Task MarkReengagedAsync(string chatId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        await db.Subscribers.Where(s => s.Channel == ChannelKind.WhatsApp && s.ChatId == chatId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReengagementSentUtc, now), CancellationToken.None);
    }

    /// <summary>Meta says the window is closed although our clock says open: believe Meta from now on.</summary>
    public async Task CloseWindowAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.Subscribers.Where(s => s.Channel == ChannelKind.WhatsApp && s.ChatId == chatId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastInboundUtc, (DateTime?)null), CancellationToken.None);
    }
}
