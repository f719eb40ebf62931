using System.Threading.RateLimiting;

namespace NewsBot.Delivery;

/// <summary>
/// The pace of one channel: a global token bucket, one bucket per chat (slower for groups), and a pause that a 429
/// sets for exactly as long as the platform asked.
/// </summary>
public sealed class ChannelRateLimiter : IAsyncDisposable
{
    private readonly TokenBucketRateLimiter global;
    private readonly PartitionedRateLimiter<string> perChat;
    private readonly TimeProvider time;
    private long pausedUntilTicks;

    public ChannelRateLimiter(ChannelRateLimits limits, TimeProvider time)
    {
        this.time = time;
        global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.MessagesPerSecond,
            TokensPerPeriod = limits.MessagesPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        var groupPeriod = TimeSpan.FromMinutes(1) / limits.PerGroupMessagesPerMinute;
        var chatPeriod = TimeSpan.FromSeconds(1) / limits.PerChatMessagesPerSecond;
        perChat = PartitionedRateLimiter.Create<string, string>(chatId => RateLimitPartition.GetTokenBucketLimiter(
            chatId,
            id => new TokenBucketRateLimiterOptions
            {
                // One token at a time: a chat never gets a burst, groups get one message per (60 s / limit).
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = IsGroup(id) ? groupPeriod : chatPeriod,
                QueueLimit = 1000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Waits until this chat and the channel have a permit (milliseconds to seconds; long pauses are not waited here).</summary>
    public async Task WaitForTurnAsync(string chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await perChat.AcquireAsync(chatId, 1, cancellationToken);
        using var globalLease = await global.AcquireAsync(1, cancellationToken);
    }

    /// <summary>How much longer the channel is paused by a 429, or null when it is not.</summary>
    public TimeSpan? PauseRemaining()
    {
        var remaining = PausedUntil - time.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : null;
    }

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

    public DateTimeOffset PausedUntil => new(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero);

    public async ValueTask DisposeAsync()
    {
        await global.DisposeAsync();
        await perChat.DisposeAsync();
    }

    // Telegram group and channel ids are negative; WhatsApp numbers never are.
    private static bool IsGroup(string chatId) => chatId.StartsWith('-');
}
