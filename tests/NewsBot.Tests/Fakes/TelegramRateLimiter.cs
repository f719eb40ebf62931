namespace NewsBot.Tests.Fakes;

/// <summary>
/// Opt-in flood control using the limits in Telegram's bot FAQ: about 30 messages per second overall, one per second
/// per chat and 20 per minute per group. Real Telegram tolerates short bursts; this is stricter on purpose, so a
/// broadcaster that passes here stays clear of the real limits.
/// </summary>
internal sealed class TelegramRateLimiter(TimeProvider time, int perSecondGlobal, int perSecondPerChat, int perMinutePerGroup)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _perChat = [];

    /// <summary>Records the send and returns null when allowed, else the seconds to wait (at least 1).</summary>
    public int? TryAcquire(long chatId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_perChat.TryGetValue(chatId, out var chat))
            {
                chat = new Queue<DateTimeOffset>();
                _perChat[chatId] = chat;
            }

            Trim(_global, now - Second);
            Trim(chat, now - Minute);
            var wait = TimeSpan.Zero;
            if (_global.Count >= perSecondGlobal)
            {
                wait = Max(wait, _global.Peek() + Second - now);
            }

            var lastSecond = chat.Where(t => t > now - Second).ToList();
            if (lastSecond.Count >= perSecondPerChat)
            {
                wait = Max(wait, lastSecond[0] + Second - now);
            }

            // Groups and supergroups have negative ids; private chats are only held to the per-second rule.
            if (chatId < 0 && chat.Count >= perMinutePerGroup)
            {
                wait = Max(wait, chat.Peek() + Minute - now);
            }

            if (wait > TimeSpan.Zero)
            {
                return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            }

            _global.Enqueue(now);
            chat.Enqueue(now);
            return null;
        }
    }

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset olderThan)
    {
        while (queue.Count > 0 && queue.Peek() <= olderThan)
        {
            queue.Dequeue();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
