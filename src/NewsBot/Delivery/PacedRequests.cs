using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Sends one request that is not an outbox row (a command's reply, a button's answer, a picker redraw, an admin alert,
/// a progress report) inside the same limits as the news: it waits out a flood-wait pause, takes the chat's turn and a
/// channel permit in its <see cref="SendLane"/>, and on a 429 pauses the whole channel for exactly retry_after before
/// trying again. Nothing is sent to a chat or an account while the platform has told us to wait. After a few tries the
/// request is given up with a log line; the caller decides what that means (a reply is dropped, an alert stays stored).
/// </summary>
public sealed partial class PacedRequests(ChannelRateLimiters limiters, ILogger<PacedRequests> logger, TimeSpan? firstBackoff = null)
{
    /// <summary>Flood waits (429, 130429) sat out before giving up; each costs no more than the platform asked.</summary>
    public const int MaxFloodWaits = 5;

    /// <summary>Failures without a wait (network, 5xx) before giving up; backed off 1, 2, 4 s in between.</summary>
    public const int MaxFailures = 4;

    private readonly TimeSpan backoff = firstBackoff ?? TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs <paramref name="request"/> when the channel and the chat may be written to, and again after a flood wait or a
    /// transient failure. <paramref name="chatId"/> is null for a request that is not to a chat (a button's answer).
    /// </summary>
    public async Task<SendOutcome> SendAsync(
        ChannelKind channel, string? chatId, SendLane lane, Func<CancellationToken, Task<SendOutcome>> request,
        CancellationToken cancellationToken)
    {
        var limiter = limiters.For(channel);
        var floodWaits = 0;
        var failures = 0;
        while (true)
        {
            var permit = await TakeTurnAsync(limiter, chatId, lane, cancellationToken);
            SendOutcome outcome;
            try
            {
                outcome = await request(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                outcome = new SendOutcome.RetryLater(ex.Message);
            }
            finally
            {
                limiter.Answered(permit, chatId);
            }

            switch (outcome)
            {
                case SendOutcome.RetryLater { After: { } after }:
                    // The platform's wait covers the whole account: every sender of this channel waits it out.
                    limiter.PauseFor(after);
                    LogFloodWait(logger, channel, chatId ?? "-", after.TotalSeconds, ++floodWaits);
                    if (floodWaits < MaxFloodWaits) continue;
                    break;
                case SendOutcome.RetryLater when ++failures < MaxFailures:
                    await Task.Delay(backoff * (1 << (failures - 1)), limiters.Clock, cancellationToken);
                    continue;
            }

            if (outcome is SendOutcome.RetryLater retry) LogGaveUp(logger, channel, chatId ?? "-", floodWaits + failures, retry.Reason);
            return outcome;
        }
    }

    /// <summary>Waits until the request may go; returns its permit.</summary>
    private async Task<long> TakeTurnAsync(ChannelRateLimiter limiter, string? chatId, SendLane lane, CancellationToken cancellationToken)
    {
        if (chatId is not null && lane == SendLane.Reply && !limiter.RepliesWaitForChatTurn)
        {
            // An answer in a conversation goes at once; the chat's turn is still taken when free, so news waits after it.
            var permit = await TakeTurnAsync(limiter, chatId: null, lane, cancellationToken);
            limiter.TryTakeChatTurn(chatId);
            return permit;
        }

        while (true)
        {
            if (limiter.PauseRemaining() is { } paused)
            {
                await Task.Delay(paused, limiters.Clock, cancellationToken);
                continue;
            }

            if (chatId is not null && limiter.TimeUntilChatTurn(chatId) is { } chatWait)
            {
                await Task.Delay(chatWait, limiters.Clock, cancellationToken);
                continue;
            }

            var permit = await limiter.WaitForPermitAsync(lane, cancellationToken);
            // While this request waited for its permit a 429 may have paused the channel, or another message taken the
            // chat's turn: the permit then goes unused rather than break either limit.
            if (limiter.PauseRemaining() is not null) continue;
            if (chatId is null || limiter.TryTakeChatTurn(chatId) is null) return permit;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} asked us to wait {RetryAfter} s while answering chat {ChatId} (wait {Attempt}); pausing the channel")]
    private static partial void LogFloodWait(ILogger logger, ChannelKind channel, string chatId, double retryAfter, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up a message to {Channel} chat {ChatId} after {Attempt} tries: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, ChannelKind channel, string chatId, int attempt, string reason);
}
