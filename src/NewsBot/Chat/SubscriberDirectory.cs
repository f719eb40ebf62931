using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>Finds and creates subscribers. A subscriber row exists only once a chat subscribes or picks a language.</summary>
public sealed class SubscriberDirectory(TimeProvider time)
{
    public Task<Subscriber?> FindAsync(NewsBotDbContext db, ChannelKind channel, string chatId, CancellationToken cancellationToken) =>
        db.Subscribers.Include(s => s.Tags).SingleOrDefaultAsync(s => s.Channel == channel && s.ChatId == chatId, cancellationToken);

    public Subscriber Create(NewsBotDbContext db, ChannelKind channel, string chatId, string? languageHint)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var subscriber = new Subscriber
        {
            Channel = channel,
            ChatId = chatId,
            Language = LanguageFromHint(languageHint),
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        db.Subscribers.Add(subscriber);
        return subscriber;
    }

    /// <summary>A chat that blocked the bot and now writes to it again has evidently come back.</summary>
    public void Reactivate(Subscriber subscriber)
    {
        if (subscriber.State == SubscriberState.Active) return;
        subscriber.State = SubscriberState.Active;
        subscriber.StateReason = null;
        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
    }

    /// <summary>
    /// Follows a chat to its new id (a Telegram group upgraded to a supergroup). When the new id already has its own
    /// subscription, that one is kept and the old row is left alone; deliveries then resolve the old id by migration.
    /// </summary>
    public async Task MoveChatAsync(NewsBotDbContext db, ChannelKind channel, string oldChatId, string newChatId, CancellationToken cancellationToken)
    {
        var old = await FindAsync(db, channel, oldChatId, cancellationToken);
        if (old is null || await db.Subscribers.AnyAsync(s => s.Channel == channel && s.ChatId == newChatId, cancellationToken)) return;
        old.ChatId = newChatId;
        old.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>English for users whose app is set to English, Bahasa Indonesia for everyone else.</summary>
    public static string LanguageFromHint(string? languageHint) =>
        languageHint is not null && languageHint.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "id";
}
