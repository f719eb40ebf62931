using System.Threading.Channels;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Drains the outbox as a pipeline. A claimer keeps one bounded queue per channel topped up (urgent rows are claimed even
/// when it is full); each channel's senders wait for a rate-limit permit and only then take the most urgent queued row;
/// a recorder writes outcomes in batches. Memory is bounded by the queues, not by the number of subscribers, and a row
/// is marked sent only after the channel confirmed it.
/// </summary>
public sealed partial class DeliveryDispatcher(
    OutboxClaims claims,
    DeliverySender sender,
    ChannelRateLimiters limiters,
    DeliveryOutcomeRecorder recorder,
    DispatchSignal signal,
    NativeHeapTrimmer nativeHeap,
    DispatchPasses passes,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryDispatcher> logger)
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(50);

    /// <summary>Sends everything that is due, including what becomes due meanwhile, and returns the counts.</summary>
    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var startedUtc = time.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var lanes = Enum.GetValues<ChannelKind>().Where(sender.HasChannel).ToDictionary(kind => kind, _ => new DeliveryQueue());
        var outcomes = Channel.CreateUnbounded<(ClaimedDelivery Delivery, SendOutcome? Outcome)>(new UnboundedChannelOptions { SingleReader = true });
        using var run = new DispatchRun(settings.MaxUnrecorded);

        var recording = RecordAsync(outcomes.Reader, run, cancellationToken);
        var senders = lanes.SelectMany(lane => Enumerable.Range(0, settings.MaxConcurrentSends)
            .Select(_ => SendLoopAsync(lane.Key, lane.Value, outcomes.Writer, run, cancellationToken))).ToList();
        try
        {
            await ClaimLoopAsync(lanes, outcomes.Writer, run, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: rows still queued keep their claim and go back to the outbox on the next start.
        }
        finally
        {
            run.ClaimingDone = true;
            await Task.WhenAll(senders);
            outcomes.Writer.Complete();
            await recording;
        }

        if (run.Summary.Total > 0) LogRun(logger, run.Summary.Sent, run.Summary.Retrying, run.Summary.Failed, run.Summary.Cancelled);
        passes.Finished(startedUtc);
        return run.Summary;
    }

    private async Task ClaimLoopAsync(
        Dictionary<ChannelKind, DeliveryQueue> lanes, ChannelWriter<(ClaimedDelivery, SendOutcome?)> outcomes, DispatchRun run,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var outage = new DatabaseOutageWait("claiming deliveries to send", logger);
        while (!cancellationToken.IsCancellationRequested)
        {
            // Read before claiming: every outcome already recorded was committed before the claim below runs, so a row it
            // put back (a migrated chat, due at once) is seen by that claim. Read after the claim, a recording that
            // landed in between could end the run with that row left behind.
            var outstanding = run.Outstanding;
            // Claimed rows not yet recorded count against the capacity, so memory stays bounded even if recording lags.
            var room = settings.QueueCapacity - (int)outstanding;
            // With the queues half full only urgent rows are claimed, so they never wait behind a broadcast.
            var urgentOnly = room < settings.QueueCapacity / 2;
            List<ClaimedDelivery> batch;
            try
            {
                batch = await claims.ClaimAsync(
                    urgentOnly ? settings.BatchSize : Math.Min(settings.BatchSize, room),
                    urgentOnly ? DeliveryPriority.Urgent : int.MinValue,
                    cancellationToken);
                outage.Succeeded();
            }
            catch (Exception error) when (DatabaseOutage.IsOutage(error))
            {
                // The database is away (a server restart): rows already queued go on being sent meanwhile.
                await outage.WaitAsync(error, cancellationToken);
                continue;
            }

            run.AddClaimed(batch.Count);
            foreach (var delivery in batch)
            {
                if (lanes.TryGetValue(delivery.Channel, out var lane))
                {
                    lane.Add(delivery);
                    continue;
                }

                // Every outcome holds one unrecorded slot until written; this one too.
                await run.UnrecordedSlots.WaitAsync(cancellationToken);
                outcomes.TryWrite((delivery, DeliverySender.NotConfigured(delivery.Channel)));
            }

            if (batch.Count == 0 && !urgentOnly && outstanding == 0) return;
            if (batch.Count == 0 || urgentOnly) await WaitForSignalAsync(cancellationToken);
        }
    }

    private async Task WaitForSignalAsync(CancellationToken cancellationToken)
    {
        try
        {
            await signal.WaitAsync(IdlePoll, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The claim loop sees the cancellation itself.
        }
    }

    private async Task SendLoopAsync(
        ChannelKind channel, DeliveryQueue queue, ChannelWriter<(ClaimedDelivery, SendOutcome?)> outcomes, DispatchRun run,
        CancellationToken cancellationToken)
    {
        var limiter = limiters.For(channel);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!await queue.ReserveAsync(IdlePoll, cancellationToken))
                {
                    if (run.ClaimingDone) return;
                    continue;
                }

                // Wait while too many sent messages are not yet written: that is what a crash could resend.
                await run.UnrecordedSlots.WaitAsync(cancellationToken);
                var permit = await limiter.WaitForPermitAsync(cancellationToken);
                var delivery = queue.TakeReserved();
                // Once taken, a row is finished even when the app is stopping: a sent message must be recorded.
                var outcome = await sender.SendAsync(delivery, CancellationToken.None);
                limiter.Answered(permit, delivery.ChatId);
                outcomes.TryWrite((delivery, outcome));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping between rows.
        }
    }

    private async Task RecordAsync(
        ChannelReader<(ClaimedDelivery Delivery, SendOutcome? Outcome)> outcomes, DispatchRun run, CancellationToken stopping)
    {
        var settings = options.Value;
        var outage = new DatabaseOutageWait("recording sent messages", logger);
        var buffer = new List<(ClaimedDelivery Delivery, SendOutcome? Outcome)>(settings.RecordBatchSize);
        while (await outcomes.WaitToReadAsync())
        {
            using var window = new CancellationTokenSource(settings.RecordInterval);
            while (buffer.Count < settings.RecordBatchSize)
            {
                if (outcomes.TryRead(out var item))
                {
                    buffer.Add(item);
                    continue;
                }

                try
                {
                    if (!await outcomes.WaitToReadAsync(window.Token)) break;
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var summary = await RecordUntilStoredAsync(buffer, outage, stopping);
            run.AddRecorded(buffer.Count, summary);
            buffer.Clear();
            // Claiming and recording churn SQLite's native heap; give the freed pages back while a broadcast runs.
            nativeHeap.TrimIfDue();
        }
    }

    /// <summary>
    /// Records one batch, waiting out a database outage: these messages went out, and a row left marked as being sent
    /// is sent again after its lease. Senders stop at Delivery:MaxUnrecorded meanwhile, so the batch waiting here is
    /// bounded. Only when the app is stopping and the database still does not answer after a few tries is it given up.
    /// </summary>
    private async Task<DispatchSummary> RecordUntilStoredAsync(
        List<(ClaimedDelivery Delivery, SendOutcome? Outcome)> batch, DatabaseOutageWait outage, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                var summary = await recorder.RecordAsync(batch, CancellationToken.None);
                outage.Succeeded();
                return summary;
            }
            catch (Exception error) when (DatabaseOutage.IsOutage(error))
            {
                if (stopping.IsCancellationRequested && outage.Failures >= 3)
                {
                    LogNotRecorded(logger, batch.Count, error.GetBaseException().Message);
                    return DispatchSummary.Empty;
                }

                await outage.WaitAsync(error, CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stopping while the database does not answer ({Reason}): {Count} messages that went out are not recorded and will be sent again when their lease ends")]
    private static partial void LogNotRecorded(ILogger logger, int count, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatch run finished: {Sent} sent, {Retrying} to retry, {Failed} failed, {Cancelled} cancelled")]
    private static partial void LogRun(ILogger logger, int sent, int retrying, int failed, int cancelled);
}
