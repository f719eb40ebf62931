using System.Collections.Concurrent;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>
/// Counts "message undeliverable" (131026) per chat in a row. One can be a phone that is off or an app too old for a
/// day; only repeated ones mean the number is gone. Kept in memory: a restart merely starts the count again.
/// </summary>
public sealed class UndeliverableCounter
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>Counts one more failure and returns the number in a row.</summary>
    public int Fail(string chatId) => counts.AddOrUpdate(chatId, 1, (_, count) => count + 1);

    public void Succeeded(string chatId)
    {
        if (!counts.IsEmpty) counts.TryRemove(chatId, out _);
    }
}
