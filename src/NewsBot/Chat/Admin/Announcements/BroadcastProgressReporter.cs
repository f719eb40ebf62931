using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Broadcasts;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>
/// Tells the admin how a confirmed broadcast is going, in the chat they confirmed it from: "sent 1,200 / 5,000" at each
/// 25% (no more often than Broadcasts:ProgressMinInterval), then "done: sent X, failed Y, blocked Z" once every
/// delivery has its outcome. Its state is in the database, so a restart neither repeats nor loses the final report;
/// on start it also finishes planning a broadcast the previous process stopped in the middle of.
/// </summary>
public sealed partial class BroadcastProgressReporter(
    IDbContextFactory<NewsBotDbContext> contexts,
    BroadcastProgress progress,
    BroadcastConfirmation confirmation,
    ChatMessenger messenger,
    IOptions<BroadcastOptions> options,
    TimeProvider time,
    ILogger<BroadcastProgressReporter> logger) : BackgroundService
{
    private static readonly Localized Progress = new("📤 {0}: terkirim {1} / {2} ({3}%)", "📤 {0}: sent {1} / {2} ({3}%)");
    private static readonly Localized ProgressFailures = new(", gagal {0}", ", failed {0}");

    private static readonly Localized Done = new(
        "✅ {0} selesai: terkirim {1}, gagal {2}, memblokir bot {3}.",
        "✅ {0} done: sent {1}, failed {2}, blocked {3}.");

    private static readonly Localized DoneStopped = new(
        "⏹ {0} dihentikan: terkirim {1}, tidak dikirim karena dihentikan {4}, gagal {2}, memblokir bot {3}.",
        "⏹ {0} stopped: sent {1}, not sent because stopped {4}, failed {2}, blocked {3}.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunSafelyAsync(confirmation.ResumePlanningAsync, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ProgressCheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunSafelyAsync(ReportAsync, stoppingToken);
        }
    }

    /// <summary>Checks every running broadcast once and reports what is due; returns how many reports went out.</summary>
    public async Task<int> ReportAsync(CancellationToken cancellationToken)
    {
        List<Broadcast> running;
        await using (var db = contexts.CreateDbContext())
        {
            running = await db.Broadcasts.AsNoTracking()
                .Where(b => (b.State == BroadcastState.Confirmed || b.State == BroadcastState.Stopped)
                            && b.FinishedUtc == null && b.PlannedUtc != null && b.ArticleId != null)
                .ToListAsync(cancellationToken);
        }

        var reports = 0;
        foreach (var broadcast in running)
        {
            var counts = await progress.CountAsync(broadcast.ArticleId!.Value, cancellationToken);
            if (counts.Waiting == 0 ? await FinishAsync(broadcast, counts, cancellationToken) : await ReportProgressAsync(broadcast, counts, cancellationToken))
                reports++;
        }

        return reports;
    }

    private async Task<bool> FinishAsync(Broadcast broadcast, BroadcastCounts counts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using (var db = contexts.CreateDbContext())
        {
            // Only one reporter (or instance) may claim the final report.
            var claimed = await db.Broadcasts.Where(b => b.Id == broadcast.Id && b.FinishedUtc == null).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.FinishedUtc, now).SetProperty(b => b.Sent, counts.Sent).SetProperty(b => b.Failed, counts.Failed)
                .SetProperty(b => b.Blocked, counts.Blocked).SetProperty(b => b.Planned, counts.Planned), cancellationToken);
            if (claimed == 0) return false;
        }

        var language = broadcast.Language;
        var text = Localize(counts.Stopped > 0 ? DoneStopped : Done, language, BroadcastWording.Name(broadcast, language),
            BroadcastWording.Number(counts.Sent, language), BroadcastWording.Number(counts.Failed, language),
            BroadcastWording.Number(counts.Blocked, language), BroadcastWording.Number(counts.Stopped, language));
        LogFinished(logger, broadcast.Id, counts.Sent, counts.Failed, counts.Blocked);
        await messenger.SendAsync(broadcast.Channel, broadcast.AdminChatId, new ChatReply(text), language, cancellationToken);
        return true;
    }

    private async Task<bool> ReportProgressAsync(Broadcast broadcast, BroadcastCounts counts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!IsDue(broadcast, counts, now)) return false;

        await using (var db = contexts.CreateDbContext())
        {
            await db.Broadcasts.Where(b => b.Id == broadcast.Id).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.LastReportUtc, now).SetProperty(b => b.LastReportedDone, counts.Done), cancellationToken);
        }

        var language = broadcast.Language;
        var text = Localize(Progress, language, BroadcastWording.Name(broadcast, language), BroadcastWording.Number(counts.Sent, language),
            BroadcastWording.Number(counts.Planned, language), counts.Done * 100 / Math.Max(1, counts.Planned));
        if (counts.Failed + counts.Blocked > 0)
            text += Localize(ProgressFailures, language, BroadcastWording.Number(counts.Failed + counts.Blocked, language));
        await messenger.SendAsync(broadcast.Channel, broadcast.AdminChatId, new ChatReply(text), language, cancellationToken);
        return true;
    }

    /// <summary>A report is due when a new quarter is reached, or progress was made during a long silence, but never in a flurry.</summary>
    private bool IsDue(Broadcast broadcast, BroadcastCounts counts, DateTime now)
    {
        var settings = options.Value;
        var since = now - (broadcast.LastReportUtc ?? broadcast.ConfirmedUtc ?? now);
        if (counts.Done <= broadcast.LastReportedDone || since < settings.ProgressMinInterval) return false;
        return Quarter(counts.Done, counts.Planned) > Quarter(broadcast.LastReportedDone, counts.Planned) || since >= settings.ProgressMaxSilence;
    }

    private static int Quarter(int done, int planned) => planned == 0 ? 0 : done * 4 / planned;

    private static string Localize(Localized template, string language, params object?[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template.In(language), values);

    private async Task RunSafelyAsync(Func<CancellationToken, Task<int>> step, CancellationToken stoppingToken)
    {
        try
        {
            await step(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A locked database or a channel outage: the next round tries again; the state is in the database.
            LogRoundFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId} finished: {Sent} sent, {Failed} failed, {Blocked} blocked")]
    private static partial void LogFinished(ILogger logger, long broadcastId, int sent, int failed, int blocked);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking broadcast progress failed; trying again next round")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
