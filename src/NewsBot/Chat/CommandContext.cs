using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>What a command works with: the command, an open database context, the chat's subscriber row (if any),
/// its language and the sender's role.</summary>
public sealed class CommandContext
{
    public required ChatCommand Command { get; init; }
    public required NewsBotDbContext Db { get; init; }

    /// <summary>The chat's subscriber row, or null for a chat that never subscribed nor chose a language.</summary>
    public Subscriber? Subscriber { get; set; }

    /// <summary>"id" or "en": the subscriber's choice, else the app language the channel reported.</summary>
    public required string Language { get; init; }

    public required CommandAudience SenderRole { get; init; }

    /// <summary>The commands this sender may use, for the help text.</summary>
    public required IReadOnlyList<CommandDescriptor> AvailableCommands { get; init; }

    public BotTexts Texts => BotTexts.For(Language);

    public IReadOnlyList<string> Arguments => Command.Arguments;

    public string Text(Localized text) => text.In(Language);

    public string Format(Localized template, params object?[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template.In(Language), values);
}
