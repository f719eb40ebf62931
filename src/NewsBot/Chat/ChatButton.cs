namespace NewsBot.Chat;

/// <summary>
/// A button under a reply. Pressing it sends <paramref name="Command"/> back as if typed ("/topik ekonomi"), so buttons
/// need no handler of their own. Telegram allows 64 bytes of callback data, which <see cref="MaxCommandBytes"/> keeps.
/// </summary>
public sealed record ChatButton(string Label, string Command)
{
    public const int MaxCommandBytes = 64;
}
