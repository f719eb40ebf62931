using System.Collections.Concurrent;

namespace NewsBot.Delivery;

/// <summary>
/// Keeps each chat at or under its own pace (Telegram: one message a second per chat, twenty a minute per group).
/// Written by hand rather than with a PartitionedRateLimiter: a broadcast touches every chat once, and a limiter per
/// partition for 100,000 chats, each replenished on a timer, costs memory and CPU for no benefit. Here a chat costs one
/// dictionary entry only while it is inside its interval, and a check is one lookup.
/// </summary>
public sealed class ChatPacer(TimeSpan privateInterval, TimeSpan groupInterval, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> nextAllowedTicks = new(StringComparer.Ordinal);
    private long nextSweepTicks;

    /// <summary>Takes the chat's turn now, or says how long until it has one.</summary>
    public TimeSpan? TryTake(string chatId)
    {
        var now = time.GetUtcNow().UtcTicks;
        SweepIfDue(now);
        var interval = (IsGroup(chatId) ? groupInterval : privateInterval).Ticks;
        while (true)
        {
            if (!nextAllowedTicks.TryGetValue(chatId, out var next))
            {
                if (nextAllowedTicks.TryAdd(chatId, now + interval)) return null;
                continue;
            }

            if (next > now) return TimeSpan.FromTicks(next - now);
            if (nextAllowedTicks.TryUpdate(chatId, now + interval, next)) return null;
        }
    }

    /// <summary>Moves the chat's next turn later by <paramref name="delay"/> (its last message may have arrived that late).</summary>
    public void Postpone(string chatId, TimeSpan delay)
    {
        while (nextAllowedTicks.TryGetValue(chatId, out var next))
        {
            if (nextAllowedTicks.TryUpdate(chatId, next + delay.Ticks, next)) return;
        }
    }

    /// <summary>How long until the chat has its turn, or null when it has it now; takes nothing.</summary>
    public TimeSpan? TimeUntilTurn(string chatId)
    {
        var now = time.GetUtcNow().UtcTicks;
        return nextAllowedTicks.TryGetValue(chatId, out var next) && next > now ? TimeSpan.FromTicks(next - now) : null;
    }

    public int TrackedChats => nextAllowedTicks.Count;

    // Telegram group and channel ids are negative; WhatsApp numbers never are.
    private static bool IsGroup(string chatId) => chatId.StartsWith('-');

    private void SweepIfDue(long now)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref nextSweepTicks, now + TimeSpan.TicksPerSecond * 10, due) != due) return;
        foreach (var (chatId, next) in nextAllowedTicks)
        {
            if (next <= now) nextAllowedTicks.TryRemove(new KeyValuePair<string, long>(chatId, next));
        }
    }
}
