using System.ComponentModel.DataAnnotations;

namespace NewsBot.Chat;

/// <summary>How many commands one chat may send before it is slowed down (Chat:CommandsPerChat...).</summary>
public sealed class CommandFloodOptions
{
    public const string SectionName = "Chat";

    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10000.")]
    public int CommandsPerChat { get; set; } = 8;

    /// <summary>The window <see cref="CommandsPerChat"/> counts in.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan CommandsPerChatWindow { get; set; } = TimeSpan.FromSeconds(20);
}
