using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Sources;

/// <summary>A source that keeps failing is the admins' business: one alert when the streak reaches the threshold.</summary>
public sealed class SourceFailureAlertTests : IAsyncLifetime
{
    private readonly IngestHarness harness = new();
    private FakeNewsSite site = null!;

    public async Task InitializeAsync() => site = await FakeNewsSite.StartAsync();

    [Fact]
    public async Task The_fifth_failure_in_a_row_raises_one_alert_naming_the_source_the_error_and_what_to_do()
    {
        var source = harness.AddSource(new Uri(site.BaseUrl, "hilang.xml").ToString(), baselineTaken: true);

        var raised = new List<NewsBot.Delivery.AdminAlert>();
        for (var poll = 1; poll <= 7; poll++)
        {
            await harness.Refresher.RefreshAsync(source.Id, CancellationToken.None);
            while (harness.Alerts.Pending.TryRead(out var alert)) raised.Add(alert);
            if (poll == 4) Assert.Empty(raised);
        }

        var only = Assert.Single(raised);
        Assert.Equal($"source-failing-{source.Id}", only.Key);
        Assert.Contains("gagal dibaca 5 kali berturut-turut: halaman tidak ditemukan (HTTP 404). Alamat:", only.Indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Not Found", only.Indonesian, StringComparison.Ordinal);
        Assert.Contains("failed 5 times in a row: page not found (HTTP 404). Address:", only.English, StringComparison.Ordinal);
        Assert.Contains($"/pausesource {source.Id}", only.English, StringComparison.Ordinal);
        Assert.Equal(7, harness.Reload(source.Id).ConsecutiveFailures);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        harness.Dispose();
    }
}
