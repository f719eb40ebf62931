namespace NewsBot.Chat.Citizens;

/// <summary>/start: the welcome; "/start ekonomi" (a t.me deep link) also subscribes to that topic.</summary>
public sealed class StartCommand(SubscriptionEditor subscriptions) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("start", "start", new("Mulai", "Start"), Aliases: ["mulai"]);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count == 0) return new ChatReply(context.Texts.Welcome);
        var subscribed = await subscriptions.SubscribeAsync(context, context.Arguments, cancellationToken);
        return new ChatReply(context.Texts.Welcome + "\n\n" + subscribed.Text);
    }
}
