using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using NewsBot.Chat.WhatsApp;

namespace NewsBot.Bench;

/// <summary>
/// The WhatsApp webhook under abuse, against the real app in a child process: six parallel 28 MB uploads (chunked
/// without a signature, chunked with a wrong one, and with a Content-Length), two rounds each, every phase's peak RSS
/// against the idle RSS; then one signed webhook of several items delivered ten times at once, as Meta's parallel
/// retries do.
/// </summary>
public static class WebhookBench
{
    private const int Runs = 3;
    private const int Uploads = 6;
    private const long UploadBytes = 28L * 1024 * 1024;
    private const int Redeliveries = 10;
    private const string WrongSignature = "sha256=0000000000000000000000000000000000000000000000000000000000000000";

    public static async Task RunAsync()
    {
        var runs = new List<WebhookRun>();
        for (var i = 1; i <= Runs; i++)
        {
            var run = new WebhookRun(
                await FloodAsync(chunked: true, signature: null),
                await FloodAsync(chunked: true, WrongSignature),
                await FloodAsync(chunked: false, WrongSignature),
                await RedeliverAsync());
            Console.WriteLine($"webhook run {i}: {run}");
            runs.Add(run);
        }

        double Median(Func<WebhookRun, double> figure) => runs.Select(figure).Order().ElementAt(Runs / 2);
        string Peaks(Func<WebhookRun, Flood> flood) => string.Create(CultureInfo.InvariantCulture,
            $"+{Median(r => flood(r).AboveIdleMb):F1} MB (second round +{Median(r => flood(r).SecondAboveIdleMb):F1} MB)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"webhook median of {Runs}: peak RSS above idle ({Median(r => r.Unsigned.IdleMb):F0} MB): unsigned chunked {Peaks(r => r.Unsigned)}, "
            + $"wrongly signed chunked {Peaks(r => r.WrongSignature)}, with Content-Length {Peaks(r => r.Declared)}"));
    }

    /// <summary>
    /// A fresh app for each phase, so that memory one phase left behind (the GC keeps what it grew to) is not counted
    /// against the next; one small request of each kind first, so the idle figure already includes the compiled path.
    /// </summary>
    private static async Task<WebhookTarget> StartWarmAsync()
    {
        var target = await WebhookTarget.StartAsync();
        await PostAsync(target.Http, new StringContent("{}"), null);
        await PostAsync(target.Http, new StringContent(RedeliveryBodies.Warmup), Sign(RedeliveryBodies.Warmup));
        await Task.Delay(TimeSpan.FromSeconds(2));
        return target;
    }

    /// <summary>
    /// Six uploads at once, twice: the first round's peak includes compiling the paths a small warm-up request does not
    /// take (chunked parsing, Kestrel discarding the rest of a refused body); the second shows whether memory grows
    /// with each round or stays where it is.
    /// </summary>
    private static async Task<Flood> FloodAsync(bool chunked, string? signature)
    {
        await using var target = await StartWarmAsync();
        var idle = target.Memory.RssMb();
        var peaks = new List<double>();
        var codes = new List<string>();
        for (var round = 0; round < 2; round++)
        {
            target.Memory.ResetPeak();
            var posts = Task.WhenAll(Enumerable.Range(0, Uploads)
                .Select(_ => PostAsync(target.Http, new OversizedContent(UploadBytes, declareLength: !chunked), signature)));
            var sampled = await target.Memory.SamplePeakWhileAsync(posts);
            peaks.Add(Math.Max(sampled, target.Memory.PeakMb()));
            codes.AddRange(await posts);
        }

        return new Flood(Codes(codes), idle, peaks[0], peaks[1]);
    }

    private static async Task<Redelivery> RedeliverAsync()
    {
        await using var target = await StartWarmAsync();
        var body = RedeliveryBodies.Items();
        var codes = await Task.WhenAll(Enumerable.Range(0, Redeliveries)
            .Select(_ => PostAsync(target.Http, new StringContent(body, Encoding.UTF8, "application/json"), Sign(body))));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && (await target.InboxAsync(RedeliveryBodies.Prefix)).Processed < RedeliveryBodies.ItemCount)
        {
            await Task.Delay(100);
        }

        // Time for a second reply to arrive, if any item were carried out twice.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var inbox = await target.InboxAsync(RedeliveryBodies.Prefix);
        var stats = await ChildProcess.StatsAsync(target.ServerUrl);
        return new Redelivery(Codes(codes), inbox.Rows, inbox.Processed, inbox.Attempts, stats.Received, stats.UniqueChats);
    }

    private static async Task<string> PostAsync(HttpClient http, HttpContent content, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppWebhook.Path.TrimStart('/')) { Content = content };
        content.Headers.ContentType ??= new MediaTypeHeaderValue("application/json");
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", signature);
        try
        {
            using var response = await http.SendAsync(request);
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException ex)
        {
            // The server may close the connection instead of answering; that is counted, not hidden.
            return "error:" + (ex.HttpRequestError.ToString());
        }
    }

    private static string Sign(string body) => "sha256=" + WhatsAppSignature.Compute(Encoding.UTF8.GetBytes(body), WebhookTarget.AppSecret);

    private static string Codes(IEnumerable<string> codes) =>
        string.Join(", ", codes.GroupBy(c => c).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} × {g.Key}"));

    private sealed record Flood(string Codes, double IdleMb, double FirstPeakMb, double SecondPeakMb)
    {
        public double AboveIdleMb => FirstPeakMb - IdleMb;

        public double SecondAboveIdleMb => SecondPeakMb - IdleMb;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Codes}, idle {IdleMb:F0} MB, peak +{AboveIdleMb:F1} MB (second round +{SecondAboveIdleMb:F1} MB)");
    }

    private sealed record Redelivery(string Codes, int Rows, int Processed, int Attempts, int Replies, int RepliedUsers);

    private sealed record WebhookRun(Flood Unsigned, Flood WrongSignature, Flood Declared, Redelivery Redelivery)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Uploads} × {UploadBytes >> 20} MB unsigned chunked: {Unsigned}; wrongly signed chunked: {WrongSignature}; "
            + $"with Content-Length: {Declared}; same signed body ({RedeliveryBodies.ItemCount} items) × {Redeliveries} at once: "
            + $"{Redelivery.Codes}, {Redelivery.Rows} inbox rows, {Redelivery.Processed} processed, {Redelivery.Attempts} attempts, "
            + $"{Redelivery.Replies} replies to {Redelivery.RepliedUsers} of {RedeliveryBodies.Users} users");
    }
}
