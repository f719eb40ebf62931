using NewsBot.Fetching;

namespace NewsBot.Tests.Fetching;

/// <summary>Every kind of problem reads as a short phrase in each language, never as the runtime's English.</summary>
public sealed class FetchProblemWordingTests
{
    [Fact]
    public void Every_kind_has_a_phrase_in_both_languages()
    {
        Assert.Equal(Enum.GetValues<FetchProblemKind>().Order(), FetchProblemWording.Worded.Order());
        foreach (var kind in Enum.GetValues<FetchProblemKind>())
        {
            var indonesian = FetchProblemWording.In(kind, null, "id");
            var english = FetchProblemWording.In(kind, null, "en");
            Assert.NotEqual(indonesian, english);
            Assert.InRange(indonesian.Length, 10, 90);
            Assert.InRange(english.Length, 10, 90);
        }
    }

    [Theory]
    [InlineData(FetchProblemKind.NotFound, 404, "halaman tidak ditemukan (HTTP 404)", "page not found (HTTP 404)")]
    [InlineData(FetchProblemKind.ServerError, 503, "server sedang bermasalah (HTTP 503)", "the server has a problem (HTTP 503)")]
    [InlineData(FetchProblemKind.TooManyRedirects, 302, "terlalu banyak pengalihan (redirect), kemungkinan berputar-putar",
        "too many redirects (probably a loop)")]
    [InlineData(FetchProblemKind.DnsFailure, null, "nama domain tidak ditemukan (DNS)", "domain name not found (DNS)")]
    [InlineData(FetchProblemKind.Timeout, null, "server terlalu lama menjawab (waktu habis)", "the server took too long to answer (timed out)")]
    public void The_phrase_carries_the_status_when_there_is_one(FetchProblemKind kind, int? status, string indonesian, string english)
    {
        var problem = new FetchProblem(kind, "HTTP 404 Not Found from https://demakkab.go.id/feed.", status);

        Assert.Equal(indonesian, FetchProblemWording.In(problem, "id"));
        Assert.Equal(english, FetchProblemWording.In(problem, "en"));
    }

    [Fact]
    public void The_detail_is_never_part_of_the_phrase_and_an_unknown_kind_points_at_the_log()
    {
        var problem = new FetchProblem(FetchProblemKind.ConnectionRefused, "Could not fetch https://demakkab.go.id/feed: Connection refused");

        Assert.DoesNotContain("Connection refused", FetchProblemWording.In(problem, "id"), StringComparison.Ordinal);
        Assert.Equal("tidak dapat dibaca (rinciannya ada di log)", FetchProblemWording.In(null, null, "id"));
    }
}
