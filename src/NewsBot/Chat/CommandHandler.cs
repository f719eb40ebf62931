using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Extraction;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>
/// The one place where chat commands are carried out, for every channel. Always answers: bad arguments get a hint,
/// and an unexpected error gets an apology instead of silence.
/// </summary>
public sealed partial class CommandHandler(
    IDbContextFactory<NewsBotDbContext> contexts,
    SubscriberDirectory directory,
    TimeProvider time,
    ILogger<CommandHandler> logger)
{
    private const int MaxTagsPerSubscriber = 50;

    public async Task<ChatReply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleCoreAsync(command, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCommandFailed(logger, ex, command.Name, command.Channel, command.ChatId);
            return new ChatReply(BotTexts.For(SubscriberDirectory.LanguageFromHint(command.LanguageHint)).Failure);
        }
    }

    private async Task<ChatReply> HandleCoreAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var subscriber = await directory.FindAsync(db, command.Channel, command.ChatId, cancellationToken);
        var texts = BotTexts.For(subscriber?.Language ?? SubscriberDirectory.LanguageFromHint(command.LanguageHint));
        var args = command.Arguments;

        switch (command.Name)
        {
            case CommandName.Start when args.Count > 0:
                var subscribed = await SubscribeAsync(db, command, subscriber, args, cancellationToken);
                return new ChatReply(texts.Welcome + "\n\n" + subscribed.Text);
            case CommandName.Start:
                return new ChatReply(texts.Welcome);
            case CommandName.Help:
                return new ChatReply(texts.Help);
            case CommandName.Topics:
                return await BrowseCommands.TopicsAsync(db, texts, cancellationToken);
            case CommandName.Latest:
                return await BrowseCommands.LatestAsync(db, texts, args, cancellationToken);
            case CommandName.Subscribe:
                return await SubscribeAsync(db, command, subscriber, args, cancellationToken);
            case CommandName.Unsubscribe:
                return await UnsubscribeAsync(db, subscriber, texts, args, cancellationToken);
            case CommandName.MySubscriptions:
                var tags = subscriber?.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList() ?? [];
                return new ChatReply(tags.Count == 0 ? texts.NoSubscriptions : Format(texts.MySubscriptions, string.Join(", ", tags)));
            case CommandName.Language:
                return await ChangeLanguageAsync(db, command, subscriber, texts, args, cancellationToken);
            default:
                return new ChatReply(Format(texts.UnknownCommand, command.Typed));
        }
    }

    private async Task<ChatReply> SubscribeAsync(
        NewsBotDbContext db, ChatCommand command, Subscriber? subscriber, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var texts = BotTexts.For(subscriber?.Language ?? SubscriberDirectory.LanguageFromHint(command.LanguageHint));
        if (args.Count == 0) return new ChatReply(texts.SubscribeNeedsTag);

        var (tags, invalid) = ReadTags(args);
        if (tags.Count == 0) return new ChatReply(Format(texts.InvalidTags, string.Join(", ", invalid)));

        subscriber ??= directory.Create(db, command.Channel, command.ChatId, command.LanguageHint);
        directory.Reactivate(subscriber);
        foreach (var tag in tags.Where(t => subscriber.Tags.All(existing => existing.Tag != t)).Take(MaxTagsPerSubscriber - subscriber.Tags.Count))
        {
            subscriber.Tags.Add(new SubscriberTag { Tag = tag });
        }

        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        var reply = Format(texts.Subscribed, string.Join(", ", tags));
        var known = await db.ArticleTags.Where(t => tags.Contains(t.Tag)).Select(t => t.Tag).Distinct().ToListAsync(cancellationToken);
        var unused = tags.Except(known).ToList();
        if (unused.Count > 0) reply += "\n" + Format(texts.NotYetUsedTags, string.Join(", ", unused));
        if (invalid.Count > 0) reply += "\n" + Format(texts.InvalidTags, string.Join(", ", invalid));
        return new ChatReply(reply);
    }

    private async Task<ChatReply> UnsubscribeAsync(
        NewsBotDbContext db, Subscriber? subscriber, BotTexts texts, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (subscriber is null || subscriber.Tags.Count == 0) return new ChatReply(args.Count == 0 ? texts.UnsubscribedAll : texts.NotSubscribed);

        var (tags, _) = ReadTags(args);
        var leaving = args.Count == 0 ? subscriber.Tags.ToList() : subscriber.Tags.Where(t => tags.Contains(t.Tag)).ToList();
        if (leaving.Count == 0) return new ChatReply(texts.NotSubscribed);

        foreach (var tag in leaving) subscriber.Tags.Remove(tag);
        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new ChatReply(subscriber.Tags.Count == 0
            ? texts.UnsubscribedAll
            : Format(texts.Unsubscribed, string.Join(", ", leaving.Select(t => t.Tag))));
    }

    private async Task<ChatReply> ChangeLanguageAsync(
        NewsBotDbContext db, ChatCommand command, Subscriber? subscriber, BotTexts texts, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var language = args.Count == 1 ? args[0].ToLowerInvariant() : null;
        language = language switch
        {
            "id" or "indonesia" or "indonesian" => "id",
            "en" or "english" or "inggris" => "en",
            _ => null,
        };
        if (language is null) return new ChatReply(texts.LanguageUsage);

        subscriber ??= directory.Create(db, command.Channel, command.ChatId, command.LanguageHint);
        subscriber.Language = language;
        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new ChatReply(BotTexts.For(language).LanguageChanged);
    }

    private static (List<string> Tags, List<string> Invalid) ReadTags(IReadOnlyList<string> args)
    {
        var tags = new List<string>();
        var invalid = new List<string>();
        foreach (var arg in args)
        {
            var slug = TagSlug.Normalize(arg);
            if (slug is null) invalid.Add(arg);
            else if (!tags.Contains(slug)) tags.Add(slug);
        }

        return (tags, invalid);
    }

    private static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} from {Channel} chat {ChatId} failed")]
    private static partial void LogCommandFailed(ILogger logger, Exception exception, CommandName command, ChannelKind channel, string chatId);
}
