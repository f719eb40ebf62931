using System.Collections.Concurrent;

namespace NewsBot.Delivery;

/// <summary>
/// The articles (broadcasts) an admin stopped. Their rows still in the outbox are marked withdrawn in the database; this
/// set reaches the rows the dispatcher had already claimed and queued (up to a minute of sending at Telegram's 30/s),
/// which the senders now skip. A message whose request is already on its way still goes out and is recorded as sent.
/// </summary>
public sealed class WithdrawnArticles
{
    private readonly ConcurrentDictionary<long, byte> articles = new();

    public void Add(long articleId) => articles.TryAdd(articleId, 0);

    public bool Contains(long articleId) => articles.ContainsKey(articleId);
}
