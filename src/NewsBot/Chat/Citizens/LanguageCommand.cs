namespace NewsBot.Chat.Citizens;

/// <summary>/bahasa id|en: the language the bot speaks in this chat.</summary>
public sealed class LanguageCommand(SubscriptionEditor subscriptions, ChatSettingsGuard guard, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new(
        "bahasa", "language", new("Ganti bahasa", "Change language"), Usage: new("id|en", "id|en"), Aliases: ["lang"]);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments;
        var language = args.Count == 1 ? args[0].ToLowerInvariant() : null;
        language = language switch
        {
            "id" or "indonesia" or "indonesian" => "id",
            "en" or "english" or "inggris" => "en",
            _ => null,
        };
        if (language is null) return new ChatReply(context.Texts.LanguageUsage);
        if (await guard.RefusalAsync(context, cancellationToken) is { } refusal) return refusal;

        var subscriber = subscriptions.EnsureSubscriber(context);
        subscriber.Language = language;
        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await context.Db.SaveChangesAsync(cancellationToken);
        return new ChatReply(BotTexts.For(language).LanguageChanged);
    }
}
