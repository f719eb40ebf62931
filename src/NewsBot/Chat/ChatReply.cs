namespace NewsBot.Chat;

/// <summary>The answer to a command: plain text, which every channel can show as it is.</summary>
public sealed record ChatReply(string Text);
