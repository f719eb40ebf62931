namespace NewsBot.Delivery;

/// <summary>
/// The pace of one channel: evenly spaced send slots just under the platform's ceiling, a per-chat pacer, and a
/// pause that a 429 sets for exactly as long as the platform asked. Every request the bot makes to the platform passes
/// here, news and replies alike, because the platform counts them all against the same account.
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
        RepliesWaitForChatTurn = limits.RepliesWaitForChatTurn;
        global = new SteadyPacer(limits.EffectiveMessagesPerSecond, limits.Headroom);
        // A chat's interval is stretched by the same share the headroom keeps back, so that network jitter never
        // brings two messages to one chat closer together than the platform allows.
        var stretch = 2 - limits.Headroom;
        chats = new ChatPacer(
            TimeSpan.FromSeconds(stretch / limits.PerChatMessagesPerSecond),
            TimeSpan.FromMinutes(stretch / limits.PerGroupMessagesPerMinute),
            time);
    }

    /// <summary>See <see cref="ChannelRateLimits.RepliesWaitForChatTurn"/>.</summary>
    public bool RepliesWaitForChatTurn { get; }

    /// <summary>Waits for the channel-wide permit to send one message from the outbox; hand the permit to <see cref="Answered"/>.</summary>
    public Task<long> WaitForPermitAsync(CancellationToken cancellationToken) => global.WaitForSlotAsync(SendLane.Outbox, cancellationToken);

    /// <summary>Waits for the channel-wide permit, ahead of every waiter of a less important lane.</summary>
    public Task<long> WaitForPermitAsync(SendLane lane, CancellationToken cancellationToken) => global.WaitForSlotAsync(lane, cancellationToken);

    /// <summary>
    /// The request sent with <paramref name="permit"/> (to <paramref name="chatId"/>, when it went to a chat) has been
    /// answered: if it took unusually long, the window and the chat's next turn count from later (see <see cref="SteadyPacer.Done"/>).
    /// </summary>
    public void Answered(long permit, string? chatId)
    {
        var late = global.Done(permit);
        if (chatId is not null && late > TimeSpan.Zero) chats.Postpone(chatId, late);
    }

    /// <summary>Takes this chat's turn, or says how long until it has one.</summary>
    public TimeSpan? TryTakeChatTurn(string chatId) => chats.TryTake(chatId);

    /// <summary>How long until this chat has its turn, without taking it.</summary>
    public TimeSpan? TimeUntilChatTurn(string chatId) => chats.TimeUntilTurn(chatId);

    /// <summary>Stops every send on this channel for <paramref name="wait"/>; a longer pause wins over a shorter one.</summary>
    public void PauseFor(TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
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
