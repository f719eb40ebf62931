using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>Stores a previewed broadcast as a draft: nothing is sent until its admin confirms it.</summary>
public sealed class BroadcastDrafts(IDbContextFactory<NewsBotDbContext> contexts, TimeProvider time)
{
    /// <summary>Leaves room for the header within Telegram's 4096 and WhatsApp's 4096 characters, emoji included.</summary>
    public const int MaxTextLength = 3_500;

    public async Task<Broadcast> CreateAsync(BroadcastRequest request, int audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = contexts.CreateDbContext();
        var broadcast = new Broadcast
        {
            Channel = request.Channel,
            AdminChatId = request.AdminChatId,
            AdminSenderId = request.AdminSenderId,
            Language = request.Language,
            Text = request.Text,
            Tag = request.Tag,
            Urgent = request.Urgent,
            PreviewAudience = audience,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(cancellationToken);
        return broadcast;
    }
}
