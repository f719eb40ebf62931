using System.Globalization;

namespace NewsBot.Chat.Citizens;

/// <summary>/berhenti ekonomi: leaves topics; without a topic, leaves them all (STOP on WhatsApp).</summary>
public sealed class UnsubscribeCommand(ChatSettingsGuard guard, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new(
        "berhenti", "unsubscribe", new("Berhenti dari topik (tanpa topik: semua)", "Leave topics (no topic: all)"),
        Usage: new("[topik...]", "[topic...]"), Aliases: ["stop"]);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var args = context.Arguments;
        var subscriber = context.Subscriber;
        if (subscriber is null || subscriber.Tags.Count == 0) return new ChatReply(args.Count == 0 ? texts.UnsubscribedAll : texts.NotSubscribed);
        if (await guard.RefusalAsync(context, cancellationToken) is { } refusal) return refusal;

        var (tags, _) = TagArguments.Read(args);
        var leaving = args.Count == 0 ? subscriber.Tags.ToList() : subscriber.Tags.Where(t => tags.Contains(t.Tag)).ToList();
        if (leaving.Count == 0) return new ChatReply(texts.NotSubscribed);

        foreach (var tag in leaving) subscriber.Tags.Remove(tag);
        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await context.Db.SaveChangesAsync(cancellationToken);
        return new ChatReply(subscriber.Tags.Count == 0
            ? texts.UnsubscribedAll
            : string.Format(CultureInfo.InvariantCulture, texts.Unsubscribed, string.Join(", ", leaving.Select(t => t.Tag))));
    }
}
