using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.Citizens;

/// <summary>Adds and removes a chat's topics, for /langganan, /start with a deep link, /berhenti and the topic picker.</summary>
public sealed class SubscriptionEditor(SubscriberDirectory directory, ChatSettingsGuard guard, TimeProvider time)
{
    public const int MaxTagsPerSubscriber = 50;

    private static readonly Localized TooManyTags = new(
        "Batas {0} topik tercapai. Berhenti dari topik lain dulu: /berhenti <topik>",
        "You have reached the limit of {0} topics. Leave another topic first: /unsubscribe <topic>");

    public async Task<ChatReply> SubscribeAsync(CommandContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (args.Count == 0) return new ChatReply(texts.SubscribeNeedsTag);
        if (await guard.RefusalAsync(context, cancellationToken) is { } refusal) return refusal;

        var (tags, invalid) = TagArguments.Read(args);
        if (tags.Count == 0) return new ChatReply(Format(texts.InvalidTags, string.Join(", ", invalid)));

        var subscriber = EnsureSubscriber(context);
        var added = Add(subscriber, tags);
        if (added.Count == 0 && tags.Any(t => subscriber.Tags.All(existing => existing.Tag != t)))
        {
            return new ChatReply(context.Format(TooManyTags, MaxTagsPerSubscriber));
        }

        await context.Db.SaveChangesAsync(cancellationToken);

        var reply = Format(texts.Subscribed, string.Join(", ", tags));
        var known = await context.Db.ArticleTags.Where(t => tags.Contains(t.Tag)).Select(t => t.Tag).Distinct().ToListAsync(cancellationToken);
        var unused = tags.Except(known).ToList();
        if (unused.Count > 0) reply += "\n" + Format(texts.NotYetUsedTags, string.Join(", ", unused));
        if (invalid.Count > 0) reply += "\n" + Format(texts.InvalidTags, string.Join(", ", invalid));
        return new ChatReply(reply);
    }

    /// <summary>
    /// Adds one topic (a press in the picker); false when the chat already holds the most topics allowed. The caller
    /// saves.
    /// </summary>
    public bool TryAdd(CommandContext context, string tag)
    {
        var subscriber = EnsureSubscriber(context);
        return subscriber.Tags.Any(t => t.Tag == tag) || Add(subscriber, [tag]).Count > 0;
    }

    /// <summary>Removes one topic if the chat has it. The caller saves.</summary>
    public void Remove(CommandContext context, string tag)
    {
        if (context.Subscriber?.Tags.FirstOrDefault(t => t.Tag == tag) is not { } held) return;
        context.Subscriber.Tags.Remove(held);
        context.Subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
    }

    /// <summary>The chat's subscriber row, created (in the chat's language) when it has none yet.</summary>
    public Subscriber EnsureSubscriber(CommandContext context) =>
        context.Subscriber ??= directory.Create(context.Db, context.Command.Channel, context.Command.ChatId, context.Language);

    /// <summary>Adds the topics the chat does not have yet, as far as the limit allows; returns those added.</summary>
    private List<string> Add(Subscriber subscriber, IReadOnlyList<string> tags)
    {
        directory.Reactivate(subscriber);
        var room = Math.Max(0, MaxTagsPerSubscriber - subscriber.Tags.Count);
        var added = tags.Where(t => subscriber.Tags.All(existing => existing.Tag != t)).Take(room).ToList();
        foreach (var tag in added) subscriber.Tags.Add(new SubscriberTag { Tag = tag });
        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        return added;
    }

    private static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
