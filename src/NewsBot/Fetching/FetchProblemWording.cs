using System.Globalization;

namespace NewsBot.Fetching;

/// <summary>
/// The short phrase an admin reads for each <see cref="FetchProblemKind"/>, in Bahasa Indonesia or English, with the
/// HTTP status when there was one. The technical detail stays in the log: admins act on the kind, not on the runtime's
/// English exception text.
/// </summary>
public static class FetchProblemWording
{
    private static readonly Dictionary<FetchProblemKind, (string Indonesian, string English)> Phrases = new()
    {
        [FetchProblemKind.Unknown] = ("tidak dapat dibaca (rinciannya ada di log)", "could not be read (details in the log)"),
        [FetchProblemKind.NotFound] = ("halaman tidak ditemukan", "page not found"),
        [FetchProblemKind.Forbidden] = ("akses ditolak oleh server", "access denied by the server"),
        [FetchProblemKind.Gone] = ("halaman sudah dihapus", "the page has been removed"),
        [FetchProblemKind.RateLimited] = ("server meminta pengambilan diperlambat", "the server asks us to slow down"),
        [FetchProblemKind.ServerError] = ("server sedang bermasalah", "the server has a problem"),
        [FetchProblemKind.HttpError] = ("server menjawab dengan kode kesalahan", "the server answered with an error code"),
        [FetchProblemKind.Timeout] = ("server terlalu lama menjawab (waktu habis)", "the server took too long to answer (timed out)"),
        [FetchProblemKind.DnsFailure] = ("nama domain tidak ditemukan (DNS)", "domain name not found (DNS)"),
        [FetchProblemKind.ConnectionRefused] = ("server menolak sambungan", "the server refused the connection"),
        [FetchProblemKind.ConnectionReset] = ("sambungan terputus di tengah jalan", "the connection was cut off"),
        [FetchProblemKind.TlsError] = (
            "sambungan aman (HTTPS) gagal, mungkin sertifikatnya bermasalah", "the secure connection (HTTPS) failed, perhaps a certificate problem"),
        [FetchProblemKind.InvalidResponse] = ("jawaban server rusak", "the server's answer is malformed"),
        [FetchProblemKind.NetworkError] = ("tidak dapat terhubung ke server", "could not connect to the server"),
        [FetchProblemKind.TooManyRedirects] = ("terlalu banyak pengalihan (redirect), kemungkinan berputar-putar", "too many redirects (probably a loop)"),
        [FetchProblemKind.InsecureRedirect] = (
            "dialihkan dari HTTPS ke HTTP yang tidak aman, tidak diikuti", "redirected from HTTPS to insecure HTTP, not followed"),
        [FetchProblemKind.TooLarge] = ("isinya melebihi batas ukuran", "the content is larger than the size limit"),
        [FetchProblemKind.PrivateAddress] = ("alamat privat atau lokal, ditolak demi keamanan", "a private or local address, refused for safety"),
        [FetchProblemKind.NotAFeed] = ("bukan feed berita (RSS, Atom atau JSON Feed)", "not a news feed (RSS, Atom or JSON Feed)"),
        [FetchProblemKind.Unreadable] = ("isinya rusak atau tidak dapat dibaca", "the content is broken or unreadable"),
        [FetchProblemKind.NoArticleLinks] = (
            "tautan berita di halaman tidak ditemukan atau terlalu sedikit (atur LinkSelector)",
            "no or too few article links found on the page (set LinkSelector)"),
        [FetchProblemKind.InvalidSelector] = (
            "LinkSelector sumber ini bukan pemilih CSS yang sah", "this source's LinkSelector is not a valid CSS selector"),
        [FetchProblemKind.PagesSkipped] = (
            "beberapa halaman berita berulang kali gagal dibaca dan dilewati", "some article pages failed repeatedly and were skipped"),
        [FetchProblemKind.Internal] = ("kesalahan internal NewsBot (rinciannya ada di log)", "internal NewsBot error (details in the log)"),
    };

    /// <summary>The kinds that are a server's answer, whose status tells an admin more (the 3xx of a redirect loop does not).</summary>
    private static readonly HashSet<FetchProblemKind> Answers =
    [
        FetchProblemKind.NotFound, FetchProblemKind.Forbidden, FetchProblemKind.Gone, FetchProblemKind.RateLimited,
        FetchProblemKind.ServerError, FetchProblemKind.HttpError,
    ];

    /// <summary>"halaman tidak ditemukan (HTTP 404)" or "page not found (HTTP 404)"; "en" is English, anything else Indonesian.</summary>
    public static string In(FetchProblem problem, string language)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return In(problem.Kind, problem.Status, language);
    }

    /// <summary>The phrase for a kind stored with a source; a kind this version does not know reads as Unknown.</summary>
    public static string In(FetchProblemKind? kind, int? status, string language)
    {
        var (indonesian, english) = Phrases.GetValueOrDefault(kind ?? FetchProblemKind.Unknown, Phrases[FetchProblemKind.Unknown]);
        var phrase = language == "en" ? english : indonesian;
        return status is { } code && Answers.Contains(kind ?? FetchProblemKind.Unknown) ? string.Create(CultureInfo.InvariantCulture, $"{phrase} (HTTP {code})") : phrase;
    }

    /// <summary>Every kind with a phrase; tests check none is missing.</summary>
    internal static IEnumerable<FetchProblemKind> Worded => Phrases.Keys;
}
