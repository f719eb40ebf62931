using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using NewsBot.Sources;

namespace NewsBot.Tests.Sources;

/// <summary>
/// A feed read only after repairs is ingested like any other, and the log says so once per poll with the source's
/// name and what was mended, so its admin can ask the publisher to fix it before another reader refuses it.
/// </summary>
public sealed class FeedRepairLogTests
{
    private const string BrokenFeed =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Diskominfo Demak</title>" +
        "<atom:link href=\"https://diskominfo.demakkab.go.id/feed/\" rel=\"self\" /><language>id</langauge>" +
        "<item><title>Pemkab Demak Salurkan\u0008 Bantuan Banjir</title><link>https://diskominfo.demakkab.go.id/berita/bantuan-banjir</link>" +
        "<description>Bantuan logistik disalurkan ke tiga kecamatan terdampak banjir sejak pagi hari.</description></item></channel></rss>";

    [Fact]
    public async Task A_repaired_feed_is_ingested_and_logged_once_with_the_source_name_and_the_repairs()
    {
        var logger = new RecordingLogger();
        using var harness = new IngestHarness(handler: new OneDocument(BrokenFeed), refresherLogger: logger);
        var source = harness.AddSource("https://diskominfo.demakkab.go.id/feed/?key=rahasia", baselineTaken: true);

        var result = await harness.Refresher.RefreshAsync(source.Id, CancellationToken.None);

        Assert.Null(result.Problem);
        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(harness.Articles()).Title);
        var line = Assert.Single(logger.Lines, l => l.Contains("repairs", StringComparison.Ordinal));
        Assert.Contains($"Source {source.Id} (Demak)", line, StringComparison.Ordinal);
        Assert.Contains("ControlCharacters, UndeclaredPrefixes, MismatchedEndTags", line, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_well_formed_feed_logs_no_repair()
    {
        var logger = new RecordingLogger();
        var wellFormed = BrokenFeed.Replace("\u0008", "", StringComparison.Ordinal).Replace("</langauge>", "</language>", StringComparison.Ordinal)
            .Replace("<rss version=\"2.0\">", "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">", StringComparison.Ordinal);
        using var harness = new IngestHarness(handler: new OneDocument(wellFormed), refresherLogger: logger);
        var source = harness.AddSource("https://diskominfo.demakkab.go.id/feed/", baselineTaken: true);

        await harness.Refresher.RefreshAsync(source.Id, CancellationToken.None);

        Assert.Single(harness.Articles());
        Assert.DoesNotContain(logger.Lines, l => l.Contains("repairs", StringComparison.Ordinal));
    }

    /// <summary>A site that answers every request with the same feed.</summary>
    private sealed class OneDocument(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { { "Content-Type", "application/rss+xml; charset=utf-8" } } },
            });
    }

    private sealed class RecordingLogger : ILogger<SourceRefresher>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
