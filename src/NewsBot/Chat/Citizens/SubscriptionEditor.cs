using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.Citizens;

/// <summary>Adds topics to a chat's subscription, for /langganan, /start with a deep link, and the topic picker.</summary>
public sealed class SubscriptionEditor(SubscriberDirectory directory, TimeProvider time)
{
    public const int MaxTagsPerSubscriber = 50;

    public async Task<ChatReply> SubscribeAsync(CommandContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (args.Count == 0) return new ChatReply(texts.SubscribeNeedsTag);

        var (tags, invalid) = TagArguments.Read(args);
        if (tags.Count == 0) return new ChatReply(Format(texts.InvalidTags, string.Join(", ", invalid)));

        var subscriber = EnsureSubscriber(context);
        directory.Reactivate(subscriber);
        var room = MaxTagsPerSubscriber - subscriber.Tags.Count;
        foreach (var tag in tags.Where(t => subscriber.Tags.All(existing => existing.Tag != t)).Take(Math.Max(0, room)))
        {
            subscriber.Tags.Add(new SubscriberTag { Tag = tag });
        }

        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await context.Db.SaveChangesAsync(cancellationToken);

        var reply = Format(texts.Subscribed, string.Join(", ", tags));
        var known = await context.Db.ArticleTags.Where(t => tags.Contains(t.Tag)).Select(t => t.Tag).Distinct().ToListAsync(cancellationToken);
        var unused = tags.Except(known).ToList();
        if (unused.Count > 0) reply += "\n" + Format(texts.NotYetUsedTags, string.Join(", ", unused));
        if (invalid.Count > 0) reply += "\n" + Format(texts.InvalidTags, string.Join(", ", invalid));
        return new ChatReply(reply);
    }

    /// <summary>The chat's subscriber row, created (in the chat's language) when it has none yet.</summary>
    public Subscriber EnsureSubscriber(CommandContext context) =>
        context.Subscriber ??= directory.Create(context.Db, context.Command.Channel, context.Command.ChatId, context.Language);

    private static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
