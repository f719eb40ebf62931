using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Sends one claimed row once the channel's permit is held: skips chats that are no longer active, respects a 429
/// pause and the chat's own pace, and turns a 429 into a pause of the whole channel for exactly retry_after.
/// </summary>
public sealed partial class DeliverySender(
    IEnumerable<IMessageChannel> channels,
    ChannelRateLimiters limiters,
    WithdrawnArticles withdrawn,
    ILogger<DeliverySender> logger)
{
    private readonly Dictionary<ChannelKind, IMessageChannel> channelsByKind = channels.ToDictionary(c => c.Kind);

    private static readonly TimeSpan ShortestOutboxWait = TimeSpan.FromMilliseconds(100);

    public bool HasChannel(ChannelKind kind) => channelsByKind.ContainsKey(kind);

    /// <summary>Null means: not sent on purpose (the subscriber is no longer active).</summary>
    public async Task<SendOutcome?> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.SubscriberState != SubscriberState.Active) return null;
        if (delivery.Article.Withdrawn || withdrawn.Contains(delivery.Article.ArticleId)) return new SendOutcome.Withdrawn();
        if (!channelsByKind.TryGetValue(delivery.Channel, out var channel)) return NotConfigured(delivery.Channel);

        var limiter = limiters.For(delivery.Channel);
        if (limiter.PauseRemaining() is { } paused) return new SendOutcome.RetryLater("The channel is pausing after a flood wait.", paused);
        // A chat that had a message a moment ago waits for its turn in the outbox, not in a sender; only a wait shorter
        // than a round trip through the outbox is waited out here.
        if (limiter.TryTakeChatTurn(delivery.ChatId) is { } chatWait)
        {
            if (chatWait > ShortestOutboxWait) return new SendOutcome.RetryLater("Pacing this chat.", chatWait);
            await Task.Delay(chatWait, limiters.Clock, cancellationToken);
            if (limiter.TryTakeChatTurn(delivery.ChatId) is { } stillWaiting) return new SendOutcome.RetryLater("Pacing this chat.", stillWaiting);
        }

        SendOutcome outcome;
        try
        {
            outcome = await channel.SendAsync(
                delivery.Digest is { } digest
                    ? Digests.DigestMessage.For(delivery, digest)
                    : new NewsMessage(delivery.ChatId, delivery.Article.Title, delivery.Article.Summary, delivery.Article.Url,
                        delivery.Article.Tags, delivery.Language, delivery.Article.ArticleId, delivery.Article.Kind),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendCrashed(logger, ex, delivery.Id, delivery.Channel);
            outcome = new SendOutcome.RetryLater($"Unexpected error while sending: {ex.Message}");
        }

        if (outcome is SendOutcome.RetryLater { After: { } after })
        {
            // The platform's flood wait covers the whole bot, not only this chat: everyone waits exactly that long.
            limiter.PauseFor(after);
            LogFloodWait(logger, delivery.Channel, after.TotalSeconds);
        }

        return outcome;
    }

    public static SendOutcome NotConfigured(ChannelKind channel) =>
        new SendOutcome.RetryLater($"The {channel} channel is not configured; set its credentials to send.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending delivery {DeliveryId} on {Channel} crashed; it will be retried")]
    private static partial void LogSendCrashed(ILogger logger, Exception exception, long deliveryId, ChannelKind channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} asked us to wait {RetryAfter} s; pausing the channel")]
    private static partial void LogFloodWait(ILogger logger, ChannelKind channel, double retryAfter);
}
