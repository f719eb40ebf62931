namespace NewsBot.Delivery;

/// <summary>
/// The pace of one channel: evenly spaced send slots just under the platform's ceiling, a per-chat pacer, and a
/// pause that a 429 sets for exactly as long as the platform asked.
/// </summary>
public sealed class ChannelRateLimiter : IAsyncDisposable
{
    private readonly SteadyPacer global;
    private readonly ChatPacer chats;
    private readonly TimeProvider time;
    private long pausedUntilTicks;

    public ChannelRateLimiter(ChannelRateLimits limits, TimeProvider time)
    {
        this.time = time;
        global = new SteadyPacer(limits.EffectiveMessagesPerSecond * limits.Headroom);
        chats = new ChatPacer(
            TimeSpan.FromSeconds(1.0 / limits.PerChatMessagesPerSecond),
            TimeSpan.FromMinutes(1.0 / limits.PerGroupMessagesPerMinute),
            time);
    }

    /// <summary>Waits for the channel-wide permit to send one message.</summary>
    public Task WaitForPermitAsync(CancellationToken cancellationToken) => global.WaitForSlotAsync(cancellationToken);

    /// <summary>Takes this chat's turn, or says how long until it has one.</summary>
    public TimeSpan? TryTakeChatTurn(string chatId) => chats.TryTake(chatId);

    /// <summary>Stops every send on this channel until <paramref name="until"/>; a later pause wins over an earlier one.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref pausedUntilTicks);
            if (until.UtcTicks <= current) return;
        }
        while (Interlocked.CompareExchange(ref pausedUntilTicks, until.UtcTicks, current) != current);
    }

    /// <summary>How much longer the channel is paused by a 429, or null when it is not.</summary>
    public TimeSpan? PauseRemaining()
    {
        var remaining = new DateTimeOffset(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : null;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
