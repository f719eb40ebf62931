using Microsoft.Extensions.Time.Testing;
using NewsBot.Fetching;
using NewsBot.Sources;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sources;

/// <summary>A healthy source is polled at its own interval: the next check counts from the check that was due.</summary>
public sealed class SourceHealthTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(Seed.Now));

    private SourceHealth Health => new(new SourcesOptions(), time);

    private static Source Due(DateTime dueUtc) => new() { Name = "Contoh", Url = "http://127.0.0.1:5080/sample/feed.xml", PollIntervalSeconds = 30, NextCheckUtc = dueUtc };

    [Fact]
    public void A_poll_that_ends_after_its_due_time_keeps_the_interval_from_the_due_time()
    {
        // Due at 08:00:00, picked up by the job's tick 0.4 s later, done after 1.2 s of fetching and summarising.
        var source = Due(Seed.Now);
        time.Advance(TimeSpan.FromSeconds(1.6));

        Health.Succeeded(source);

        Assert.Equal(Seed.Now.AddSeconds(30), source.NextCheckUtc);
        Assert.Equal(time.GetUtcNow().UtcDateTime, source.LastSuccessUtc);
    }

    [Theory]
    [InlineData(-100)]
    [InlineData(45)]
    public void A_poll_before_its_due_time_or_more_than_an_interval_late_counts_from_now(int dueSecondsFromNow)
    {
        var source = Due(Seed.Now.AddSeconds(-dueSecondsFromNow));

        Health.Succeeded(source);

        Assert.Equal(Seed.Now.AddSeconds(30), source.NextCheckUtc);
    }

    [Fact]
    public void A_failure_keeps_its_kind_status_and_detail_and_backs_off_from_now()
    {
        var source = Due(Seed.Now);

        Health.Failed(source, new FetchProblem(FetchProblemKind.ServerError, "HTTP 502 Bad Gateway from http://127.0.0.1:5080/sample/feed.xml.", 502), null);

        Assert.Equal((FetchProblemKind.ServerError, 502, 1), (source.LastErrorKind, source.LastErrorStatus, source.ConsecutiveFailures));
        Assert.StartsWith("HTTP 502 Bad Gateway", source.LastError, StringComparison.Ordinal);
        Assert.Equal(Seed.Now.AddSeconds(30), source.NextCheckUtc);
    }
}
