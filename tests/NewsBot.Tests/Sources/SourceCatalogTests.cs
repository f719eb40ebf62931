using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Sources;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sources;

/// <summary>What a start does to sources listed in configuration that the database already knows.</summary>
public sealed class SourceCatalogTests : IDisposable
{
    private const string FeedUrl = "https://demakkab.go.id/feed";
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(Seed.Now);

    [Fact]
    public async Task A_source_an_admin_paused_stays_paused_across_a_restart_while_its_settings_follow_the_configuration()
    {
        using (var db = database.Open())
        {
            var source = Seed.Source(db, FeedUrl);
            source.IsEnabled = false; // /jedasumber: the site is under maintenance.
            source.PollIntervalSeconds = 300;
            db.SaveChanges();
        }

        await Catalog(new SourceDefinition { Name = "Berita Kabupaten Demak", Url = FeedUrl, PollIntervalSeconds = 600 })
            .StartAsync(CancellationToken.None);

        using var check = database.Open();
        var stored = check.Sources.Single();
        Assert.False(stored.IsEnabled);
        Assert.Equal("Berita Kabupaten Demak", stored.Name);
        Assert.Equal(600, stored.PollIntervalSeconds);
    }

    [Fact]
    public async Task A_new_configured_source_starts_enabled_and_due_at_once()
    {
        await Catalog(new SourceDefinition { Name = "Kabupaten Demak", Url = FeedUrl }).StartAsync(CancellationToken.None);

        using var check = database.Open();
        var stored = check.Sources.Single();
        Assert.True(stored.IsEnabled);
        Assert.Equal(Seed.Now, stored.NextCheckUtc);
    }

    private SourceCatalog Catalog(params SourceDefinition[] feeds)
    {
        var sample = Options.Create(new SampleOptions { Enabled = false });
        return new SourceCatalog(
            database.Contexts, Options.Create(new SourcesOptions { Feeds = [.. feeds] }), sample, new SampleMode(Runs: false),
            new SampleNewsroom(sample, time), time, NullLogger<SourceCatalog>.Instance);
    }

    public void Dispose() => database.Dispose();
}
