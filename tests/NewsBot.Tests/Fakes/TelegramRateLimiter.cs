namespace NewsBot.Tests.Fakes;

/// <summary>
/// Opt-in flood control using the limits in Telegram's bot FAQ: about 30 messages per second overall, one per second
/// per chat and 20 per minute per group. Real Telegram tolerates short bursts; this is stricter on purpose, so a
/// broadcaster that passes here stays clear of the real limits. A 429 is a penalty: until its retry_after has passed,
/// the account (when the bot-wide limit was hit) or the chat (when the chat's was) must not be written to, and every
/// request that arrives during a penalty is counted: a bot that honours retry_after makes none.
/// </summary>
internal sealed class TelegramRateLimiter(TimeProvider time, int perSecondGlobal, int perSecondPerChat, int perMinutePerGroup)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _perChat = [];
    private readonly Dictionary<long, DateTimeOffset> _chatPenalties = [];
    private DateTimeOffset _accountPenalty;
    private int _whilePenalised;
    private readonly List<string> _refusals = [];

    /// <summary>Why each 429 was given, for a failing test to show.</summary>
    public string Refusals
    {
        get
        {
            lock (_gate) return string.Join("; ", _refusals);
        }
    }

    /// <summary>Requests that arrived while the account or their chat was penalised by an earlier 429.</summary>
    public int RequestsWhilePenalised
    {
        get
        {
            lock (_gate) return _whilePenalised;
        }
    }

    /// <summary>Records the request to <paramref name="chatId"/> and returns null when allowed, else the seconds to wait (at least 1).</summary>
    public int? TryAcquire(long chatId) => TryAcquire((long?)chatId);

    /// <summary>A request that is not to a chat (answerCallbackQuery): only the bot-wide limit applies.</summary>
    public int? TryAcquireForAccount() => TryAcquire(null);

    private int? TryAcquire(long? chatId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now < _accountPenalty || (chatId is { } id && _chatPenalties.TryGetValue(id, out var until) && now < until))
            {
                _whilePenalised++;
            }

            Trim(_global, now - Second);
            var globalWait = _global.Count >= perSecondGlobal ? _global.Peek() + Second - now : TimeSpan.Zero;
            var chatWait = chatId is { } chat ? ChatWait(chat, now) : TimeSpan.Zero;
            if (globalWait <= TimeSpan.Zero && chatWait <= TimeSpan.Zero)
            {
                _global.Enqueue(now);
                if (chatId is { } accepted) _perChat[accepted].Enqueue(now);
                return null;
            }

            var retryAfter = Math.Max(1, (int)Math.Ceiling(Max(globalWait, chatWait).TotalSeconds));
            _refusals.Add(globalWait > TimeSpan.Zero ? $"bot-wide at {now:HH:mm:ss.fff}" : $"chat {chatId} at {now:HH:mm:ss.fff}, {ChatTimes(chatId!.Value)}");
            if (globalWait > TimeSpan.Zero) _accountPenalty = Max(_accountPenalty, now + TimeSpan.FromSeconds(retryAfter));
            else _chatPenalties[chatId!.Value] = now + TimeSpan.FromSeconds(retryAfter);
            return retryAfter;
        }
    }

    private TimeSpan ChatWait(long chatId, DateTimeOffset now)
    {
        if (!_perChat.TryGetValue(chatId, out var chat))
        {
            chat = new Queue<DateTimeOffset>();
            _perChat[chatId] = chat;
        }

        Trim(chat, now - Minute);
        var wait = TimeSpan.Zero;
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

        return wait;
    }

    private string ChatTimes(long chatId) => string.Join(", ", _perChat[chatId].Select(t => t.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)));

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset olderThan)
    {
        while (queue.Count > 0 && queue.Peek() <= olderThan)
        {
            queue.Dequeue();
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
