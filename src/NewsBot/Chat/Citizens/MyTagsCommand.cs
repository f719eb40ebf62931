using System.Globalization;

namespace NewsBot.Chat.Citizens;

/// <summary>/langgananku: the chat's topics.</summary>
public sealed class MyTagsCommand : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("langgananku", "mytags", new("Langganan Anda", "Your subscriptions"));

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var tags = context.Subscriber?.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList() ?? [];
        return Task.FromResult(new ChatReply(tags.Count == 0
            ? texts.NoSubscriptions
            : string.Format(CultureInfo.InvariantCulture, texts.MySubscriptions, string.Join(", ", tags))));
    }
}
