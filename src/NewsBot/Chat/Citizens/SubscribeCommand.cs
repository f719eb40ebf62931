namespace NewsBot.Chat.Citizens;

/// <summary>/langganan ekonomi kesehatan: adds topics to the chat's subscription.</summary>
public sealed class SubscribeCommand(SubscriptionEditor subscriptions) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new(
        "langganan", "subscribe", new("Berlangganan topik", "Subscribe to topics"), Usage: new("<topik...>", "<topic...>"));

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
        subscriptions.SubscribeAsync(context, context.Arguments, cancellationToken);
}
