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
        source.NextCheckUtc = now + TimeSpan.FromSeconds(source.PollIntervalSeconds);
    }

    public void Failed(Source source, string error, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow().UtcDateTime;
        source.ConsecutiveFailures++;
        source.LastError = error.Length > 1000 ? error[..1000] : error;
        source.LastErrorUtc = now;
        var backoff = TimeSpan.FromSeconds(source.PollIntervalSeconds) * Math.Pow(2, Math.Min(source.ConsecutiveFailures - 1, 16));
        if (backoff > options.MaxBackoff) backoff = options.MaxBackoff;
        if (retryAfter is { } wish && wish > backoff) backoff = wish;
        source.NextCheckUtc = now + backoff;
    }
}
