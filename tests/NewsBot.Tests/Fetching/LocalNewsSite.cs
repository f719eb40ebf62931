using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Fetching;

/// <summary>A real HTTP server on 127.0.0.1 that behaves like the news sites NewsBot polls, good and bad.</summary>
public sealed class LocalNewsSite : IAsyncDisposable
{
    public const string ETag = "\"v1\"";
    public const string LastModified = "Mon, 04 Nov 2024 03:00:00 GMT";
    public const string FeedBody = "<rss version=\"2.0\"><channel><title>Kominfo</title></channel></rss>";

    private readonly WebApplication _app;

    private LocalNewsSite(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public int FeedRequests { get; private set; }

    public string? LastUserAgent { get; private set; }

    public Uri At(string path) => new(BaseUri, path);

    public static async Task<LocalNewsSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LocalNewsSite? site = null;

        app.MapGet("/feed", (HttpContext context) =>
        {
            site!.FeedRequests++;
            site.LastUserAgent = context.Request.Headers.UserAgent.ToString();
            if (context.Request.Headers.IfNoneMatch == ETag || context.Request.Headers.IfModifiedSince == LastModified)
                return Results.StatusCode(StatusCodes.Status304NotModified);
            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = LastModified;
            return Results.Text(FeedBody, "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/busy", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        });
        app.MapGet("/maintenance", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddMinutes(10).ToString("R");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/gone", () => Results.StatusCode(StatusCodes.Status410Gone));
        app.MapGet("/forbidden", () => Results.StatusCode(StatusCodes.Status403Forbidden));
        app.MapGet("/teapot", () => Results.StatusCode(StatusCodes.Status418ImATeapot));
        app.MapGet("/broken", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.MapGet("/cut", async (HttpContext context) =>
        {
            // Promises a long body, sends a little of it and drops the connection: a reset in the middle of the body.
            context.Response.ContentLength = 100_000;
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync("<rss version=\"2.0\"><channel>"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
        });
        app.MapGet("/moved", () => Results.Redirect("/feed"));
        // Same server under another name: a redirect that leaves an allowed host:port for one that is not.
        app.MapGet("/to-localhost", (HttpContext context) =>
            Results.Redirect($"http://localhost:{context.Request.Host.Port}/feed"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/huge", async (HttpContext context) =>
        {
            // No Content-Length: the cap must hold while streaming, not only by trusting the header.
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 200 && !context.RequestAborted.IsCancellationRequested; i++)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        app.MapGet("/bomb", async (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync(GzipOfZeros(50 * 1024 * 1024), context.RequestAborted);
        });
        app.MapGet("/drip", async (HttpContext context) =>
        {
            // Headers at once, then a byte every 50 ms for a minute: each read succeeds, only a total timeout stops it.
            context.Response.ContentType = "application/rss+xml";
            await context.Response.StartAsync(context.RequestAborted);
            for (var i = 0; i < 1200 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync("<"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(50, context.RequestAborted);
            }
        });
        app.MapGet("/hang", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });

        await app.StartAsync();
        var address = app.Urls.First();
        site = new LocalNewsSite(app, new Uri(address));
        return site;
    }

    public static byte[] GzipOfZeros(int expandedBytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < expandedBytes; written += zeros.Length) gzip.Write(zeros);
        }

        return compressed.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
