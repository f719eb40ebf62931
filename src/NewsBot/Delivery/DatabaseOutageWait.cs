using System.Diagnostics;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// One part of sending (claiming, recording) waiting out a database that stopped answering: it logs the outage once when
/// it begins and once when it ends, and waits a little longer after each failure in between. Nothing is dropped while
/// it waits; the caller tries the same work again.
/// </summary>
public sealed partial class DatabaseOutageWait(string work, ILogger logger)
{
    private int failures;
    private long startedAt;

    /// <summary>Call after the work succeeded: ends an outage that was going on.</summary>
    public void Succeeded()
    {
        if (failures == 0) return;
        LogResumed(logger, work, Stopwatch.GetElapsedTime(startedAt).TotalSeconds, failures);
        failures = 0;
    }

    /// <summary>Waits before the next try after <paramref name="error"/>, an outage (see <see cref="DatabaseOutage"/>).</summary>
    public async Task WaitAsync(Exception error, CancellationToken cancellationToken)
    {
        if (failures++ == 0)
        {
            startedAt = Stopwatch.GetTimestamp();
            LogOutage(logger, work, error.GetBaseException().Message);
        }

        await Task.Delay(DatabaseOutage.Backoff(failures), cancellationToken);
    }

    public int Failures => failures;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database does not answer ({Reason}); {Work} waits and tries again until it does. Nothing is lost meanwhile. If it lasts, check that the database server is running and reachable.")]
    private static partial void LogOutage(ILogger logger, string work, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database answers again: {Work} goes on after {Seconds:0.0} s and {Failures} failed tries")]
    private static partial void LogResumed(ILogger logger, string work, double seconds, int failures);
}
