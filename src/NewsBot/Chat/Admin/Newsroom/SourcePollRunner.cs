using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Fetching;
using NewsBot.Sources;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// Polls sources on an admin's request (/ambil) in the background: a round over slow sites can take minutes, and the
/// chat must keep answering meanwhile. One round at a time; the results go to a callback that reports them.
/// </summary>
public sealed partial class SourcePollRunner(
    SourceRefresher refresher,
    IOptions<SourcesOptions> options,
    ILogger<SourcePollRunner> logger) : IAsyncDisposable, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task running = Task.CompletedTask;
    private int busy;

    /// <summary>Starts a round unless one is already running (then false).</summary>
    public bool TryStart(IReadOnlyList<(int Id, string Name)> sources, Func<IReadOnlyList<PolledSource>, CancellationToken, Task> report)
    {
        if (Interlocked.CompareExchange(ref busy, 1, 0) != 0) return false;
        running = Task.Run(() => RunAsync(sources, report));
        return true;
    }

    private async Task RunAsync(IReadOnlyList<(int Id, string Name)> sources, Func<IReadOnlyList<PolledSource>, CancellationToken, Task> report)
    {
        IReadOnlyList<PolledSource> polled;
        try
        {
            polled = await PollAsync(sources);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return; // The app is stopping; nobody waits for the report.
        }
        catch (Exception ex)
        {
            LogRoundFailed(logger, ex);
            return;
        }
        finally
        {
            // The round is over once its sources are polled: an admin who reads the report and asks again at once
            // gets a new round, not "the previous one is still running".
            Volatile.Write(ref busy, 0);
        }

        try
        {
            await report(polled, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping while the report was being sent.
        }
        catch (Exception ex)
        {
            LogRoundFailed(logger, ex);
        }
    }

    private async Task<IReadOnlyList<PolledSource>> PollAsync(IReadOnlyList<(int Id, string Name)> sources)
    {
        var results = new ConcurrentQueue<PolledSource>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentPolls, CancellationToken = stopping.Token };
        await Parallel.ForEachAsync(sources, parallel, async (source, ct) =>
        {
            try
            {
                results.Enqueue(new PolledSource(source.Id, source.Name, await refresher.RefreshAsync(source.Id, ct)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One source's crash is that source's failure in the report, not the end of the round.
                LogSourceCrashed(logger, ex, source.Id);
                var problem = new FetchProblem(FetchProblemKind.Internal, $"Internal error while reading this source: {ex.Message}");
                results.Enqueue(new PolledSource(source.Id, source.Name, RefreshResult.Failure(problem)));
            }
        });
        return [.. results.OrderBy(r => r.Id)];
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await running;
    }

    /// <summary>For containers disposed synchronously: the round sees the cancellation and ends by itself.</summary>
    public void Dispose() => stopping.Cancel();

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling source {SourceId} on an admin's request crashed")]
    private static partial void LogSourceCrashed(ILogger logger, Exception exception, int sourceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A poll round requested by an admin failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
