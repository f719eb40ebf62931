using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>
/// Refreshes every source whose next check time has come, a few at a time, so admins can add sources at runtime without
/// touching the scheduler and one slow server does not hold up the rest. A crash in one source is that source's failure.
/// </summary>
public sealed partial class DueSourcePoller(
    IDbContextFactory<NewsBotDbContext> contexts,
    SourceRefresher refresher,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<DueSourcePoller> logger)
{
    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<int> due;
        await using (var db = contexts.CreateDbContext())
        {
            due = await db.Sources.Where(s => s.IsEnabled && s.Kind != SourceKind.Broadcast && s.NextCheckUtc <= now)
                .OrderBy(s => s.NextCheckUtc).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentPolls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (sourceId, ct) =>
        {
            try
            {
                await refresher.RefreshAsync(sourceId, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogRefreshCrashed(logger, ex, sourceId);
                await MarkCrashedAsync(sourceId, ex, ct);
            }
        });
        return due.Count;
    }

    /// <summary>How long until the next source is due (zero when one is due now); null when no source is polled at all.</summary>
    public async Task<TimeSpan?> NextDueInAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var next = await db.Sources.Where(s => s.IsEnabled && s.Kind != SourceKind.Broadcast)
            .OrderBy(s => s.NextCheckUtc).Select(s => (DateTime?)s.NextCheckUtc).FirstOrDefaultAsync(cancellationToken);
        if (next is not { } due) return null;
        var wait = due - time.GetUtcNow().UtcDateTime;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private async Task MarkCrashedAsync(int sourceId, Exception exception, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Id == sourceId, cancellationToken);
        var problem = new FetchProblem(FetchProblemKind.Internal, $"Internal error while reading this source: {exception.Message}");
        new SourceHealth(options.Value, time).Failed(source, problem, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing source {SourceId} crashed")]
    private static partial void LogRefreshCrashed(ILogger logger, Exception exception, int sourceId);
}
