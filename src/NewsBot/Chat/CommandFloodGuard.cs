using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>
/// Slows down a chat that floods commands, so that it is not served at the other chats' expense: each chat may send
/// Chat:CommandsPerChat commands per window. The first command over the limit gets one polite answer; the rest of
/// that window is dropped without an answer, since answering a flood would be a flood of our own.
/// </summary>
public sealed class CommandFloodGuard : IDisposable
{
    private readonly PartitionedRateLimiter<string> commands;
    private readonly PartitionedRateLimiter<string> warnings;

    public CommandFloodGuard(IOptions<CommandFloodOptions> options)
    {
        var limits = options.Value;
        commands = PerChat(limits.CommandsPerChat, limits.CommandsPerChatWindow);
        // One warning per window: a chat that goes on flooding hears it once, not once per message.
        warnings = PerChat(1, limits.CommandsPerChatWindow);
    }

    public FloodVerdict Check(ChatCommand command)
    {
        var chat = command.Channel + ":" + command.ChatId;
        using var permit = commands.AttemptAcquire(chat);
        if (permit.IsAcquired) return FloodVerdict.Serve;
        using var warning = warnings.AttemptAcquire(chat);
        return warning.IsAcquired ? FloodVerdict.Warn : FloodVerdict.Drop;
    }

    // Fixed windows cost one counter per active chat; idle chats' limiters are removed by the partitioned limiter.
    private static PartitionedRateLimiter<string> PerChat(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(chat => RateLimitPartition.GetFixedWindowLimiter(chat, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Dispose()
    {
        commands.Dispose();
        warnings.Dispose();
    }
}
