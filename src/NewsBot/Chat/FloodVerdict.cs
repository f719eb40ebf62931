namespace NewsBot.Chat;

/// <summary>What to do with a chat's command: serve it, answer once that the chat is too fast, or drop it silently.</summary>
public enum FloodVerdict
{
    Serve,
    Warn,
    Drop,
}
