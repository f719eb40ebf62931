namespace NewsBot.Chat;

/// <summary>
/// Reads "/langganan@NewsBot ekonomi, kesehatan" (Telegram) or "LANGGANAN ekonomi" (words, as WhatsApp users type) into a
/// command and its arguments. Indonesian names come first; English names are aliases.
/// </summary>
public static class CommandParser
{
    private static readonly Dictionary<string, CommandName> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = CommandName.Start,
        ["mulai"] = CommandName.Start,
        ["bantuan"] = CommandName.Help,
        ["help"] = CommandName.Help,
        ["topik"] = CommandName.Topics,
        ["tags"] = CommandName.Topics,
        ["langganan"] = CommandName.Subscribe,
        ["subscribe"] = CommandName.Subscribe,
        ["berhenti"] = CommandName.Unsubscribe,
        ["unsubscribe"] = CommandName.Unsubscribe,
        ["stop"] = CommandName.Unsubscribe,
        ["langgananku"] = CommandName.MySubscriptions,
        ["mytags"] = CommandName.MySubscriptions,
        ["terbaru"] = CommandName.Latest,
        ["latest"] = CommandName.Latest,
        ["bahasa"] = CommandName.Language,
        ["language"] = CommandName.Language,
    };

    /// <summary>The command in <paramref name="text"/>, or null when the text is not a command at all (an empty message).</summary>
    public static (CommandName Name, string Typed, IReadOnlyList<string> Arguments)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;

        var words = text.Trim().Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries);
        var typed = words[0];
        var name = typed.TrimStart('/');
        // In groups Telegram appends the bot's username: /langganan@NewsBot.
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) name = name[..at];

        var command = Names.GetValueOrDefault(name, CommandName.Unknown);
        return (command, typed, words[1..]);
    }

    /// <summary>The Indonesian command names with their English aliases, for the help text and the command menu.</summary>
    public static IReadOnlyList<(string Indonesian, string English, CommandName Name)> Menu { get; } =
    [
        ("start", "start", CommandName.Start),
        ("bantuan", "help", CommandName.Help),
        ("topik", "tags", CommandName.Topics),
        ("langganan", "subscribe", CommandName.Subscribe),
        ("berhenti", "unsubscribe", CommandName.Unsubscribe),
        ("langgananku", "mytags", CommandName.MySubscriptions),
        ("terbaru", "latest", CommandName.Latest),
        ("bahasa", "language", CommandName.Language),
    ];
}
