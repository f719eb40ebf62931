using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>
/// Keeps a source's status and next check time: the normal interval after success, exponential backoff after failures
/// (never sooner than the server's Retry-After), capped so a source that comes back is noticed within hours.
/// </summary>
public sealed class SourceHealth(SourcesOptions options, TimeProvider time)
{
    public void Succeeded(Source source)
    {
        var now = time.GetUtcNow().UtcDateTime;
        source.LastSuccessUtc = now;
        source.ConsecutiveFailures = 0;
        source.NextCheckUtc = NextRegularCheck(source, now);
    }

    /// <summary>
    /// One interval after the check that was due, not after this poll ended: counted from the end, every poll would
    /// add its own duration, and a due time just past the poll job's tick waits a whole tick more (30 s became 40 s).
    /// A poll that was not due (an admin's /ambil) or came more than an interval late starts the count afresh.
    /// </summary>
    private static DateTime NextRegularCheck(Source source, DateTime now)
    {
        var interval = TimeSpan.FromSeconds(source.PollIntervalSeconds);
        var due = source.NextCheckUtc;
        return due <= now && now - due < interval ? due + interval : now + interval;
    }

    public void Failed(Source source, FetchProblem problem, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow().UtcDateTime;
        source.ConsecutiveFailures++;
        Record(source, problem, now);
        var backoff = Backoff(source, source.ConsecutiveFailures, options);
        if (retryAfter is { } wish && wish > backoff) backoff = wish;
        source.NextCheckUtc = now + backoff;
    }

    /// <summary>Keeps the problem with the source: its kind and status for admins, its detail as logged.</summary>
    public static void Record(Source source, FetchProblem problem, DateTime nowUtc)
    {
        source.LastError = problem.Detail.Length > 1000 ? problem.Detail[..1000] : problem.Detail;
        source.LastErrorKind = problem.Kind;
        source.LastErrorStatus = problem.Status;
        source.LastErrorUtc = nowUtc;
    }

    /// <summary>
    /// The wait after <paramref name="failures"/> failures in a row: the source's poll interval after the first,
    /// doubling after each further one, never more than MaxBackoff. Also spaces the attempts at a failing article page.
    /// </summary>
    public static TimeSpan Backoff(Source source, int failures, SourcesOptions options)
    {
        var backoff = TimeSpan.FromSeconds(source.PollIntervalSeconds) * Math.Pow(2, Math.Min(failures - 1, 16));
        return backoff > options.MaxBackoff ? options.MaxBackoff : backoff;
    }
}
