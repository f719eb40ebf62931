namespace NewsBot.Delivery;

/// <summary>An article addressed to one chat, before a channel puts it into its own format.</summary>
public sealed record NewsMessage(
    string ChatId,
    string Title,
    string Summary,
    string Url,
    IReadOnlyList<string> Tags,
    string Language);
