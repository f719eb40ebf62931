using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// A local news portal on 127.0.0.1 serving RSS (<c>/feed.xml</c>), Atom (<c>/atom.xml</c>), an HTML listing of the
/// latest articles (<c>/berita</c>) and article pages (<c>/berita/{slug}</c>) from what the test publishes, with strong
/// ETags, Last-Modified and 304 answers.
/// </summary>
public sealed class FakeNewsSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<FakeArticle> _articles = [];
    private readonly Queue<int> _feedFailures = new();
    private readonly Dictionary<string, Queue<int>> _articleFailures = [];
    private readonly Dictionary<string, int> _articleRequests = [];
    private DateTimeOffset _lastChange;
    private int _feedRequests;
    private int _listingRequests;
    private int _notModified;
    private TaskCompletionSource? _feedHold;

    private FakeNewsSite(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
        _lastChange = Truncate(time.GetUtcNow());
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri FeedUrl => new(BaseUrl, "feed.xml");

    public Uri AtomUrl => new(BaseUrl, "atom.xml");

    /// <summary>The HTML page listing the latest articles, newest first.</summary>
    public Uri ListingUrl => new(BaseUrl, "berita");

    /// <summary>Requests to the listing page, whatever the answer.</summary>
    public int ListingRequests => Volatile.Read(ref _listingRequests);

    /// <summary>Requests to either feed, whatever the answer.</summary>
    public int FeedRequests => Volatile.Read(ref _feedRequests);

    /// <summary>304 answers of the feeds and the listing page.</summary>
    public int NotModifiedResponses => Volatile.Read(ref _notModified);

    /// <summary>Requests to one article page, whatever the answer.</summary>
    public int ArticleRequests(string slug)
    {
        lock (_gate)
        {
            return _articleRequests.GetValueOrDefault(slug);
        }
    }

    /// <summary>Requests to all article pages together.</summary>
    public int AllArticleRequests()
    {
        lock (_gate)
        {
            return _articleRequests.Values.Sum();
        }
    }

    /// <summary>Starts the site. <paramref name="timeProvider"/> supplies the Last-Modified time of each publish.</summary>
    public static async Task<FakeNewsSite> StartAsync(TimeProvider? timeProvider = null)
    {
        FakeNewsSite? site = null;
        var time = timeProvider ?? TimeProvider.System;
        var (_, baseUrl) = await FakeHost.StartAsync(app =>
        {
            site = new FakeNewsSite(app, time);
            app.MapMethods("/feed.xml", ["GET", "HEAD"], c => site.ServeFeedAsync(c, "application/rss+xml", NewsFeedWriter.Rss));
            app.MapMethods("/atom.xml", ["GET", "HEAD"], c => site.ServeFeedAsync(c, "application/atom+xml", NewsFeedWriter.Atom));
            app.MapGet("/berita", c => site.ServeListingAsync(c));
            app.MapGet("/berita/{slug}", site.ServeArticleAsync);
        });
        site!.BaseUrl = baseUrl;
        return site;
    }

    /// <summary>Adds (or replaces, by slug) an article; both feeds change and so do their validators.</summary>
    public void Publish(FakeArticle article)
    {
        lock (_gate)
        {
            _articles.RemoveAll(a => a.Slug == article.Slug);
            _articles.Add(article);
            _articles.Sort((a, b) => b.Published.CompareTo(a.Published));
            // Last-Modified has one-second resolution, so a change within the same second must still move it forward.
            var now = Truncate(_time.GetUtcNow());
            _lastChange = now > _lastChange ? now : _lastChange.AddSeconds(1);
        }
    }

    /// <summary>The next <paramref name="times"/> feed requests are answered with <paramref name="statusCode"/>.</summary>
    public void FailFeedWith(int statusCode, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _feedFailures.Enqueue(statusCode);
            }
        }
    }

    /// <summary>The next <paramref name="times"/> requests for the article <paramref name="slug"/> are answered with <paramref name="statusCode"/>.</summary>
    public void FailArticleWith(string slug, int statusCode, int times = 1)
    {
        lock (_gate)
        {
            if (!_articleFailures.TryGetValue(slug, out var failures)) _articleFailures[slug] = failures = new Queue<int>();
            for (var i = 0; i < times; i++)
            {
                failures.Enqueue(statusCode);
            }
        }
    }

    /// <summary>
    /// Feed requests from now on wait (a slow government server) until the returned source is completed; completing it
    /// lets them, and every later request, through at once.
    /// </summary>
    public TaskCompletionSource HoldFeedRequests()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _feedHold, hold);
        return hold;
    }

    public ValueTask DisposeAsync()
    {
        // A test that fails while holding the feed must not leave the server's requests waiting on shutdown.
        Volatile.Read(ref _feedHold)?.TrySetResult();
        return new(FakeHost.StopAsync(_app));
    }

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Offset);

    private async Task ServeFeedAsync(
        HttpContext context, string contentType, Func<Uri, IReadOnlyList<FakeArticle>, DateTimeOffset, string> render)
    {
        Interlocked.Increment(ref _feedRequests);
        if (Volatile.Read(ref _feedHold) is { } hold) await hold.Task;
        await ServeLatestAsync(context, contentType, render);
    }

    private Task ServeListingAsync(HttpContext context)
    {
        Interlocked.Increment(ref _listingRequests);
        return ServeLatestAsync(context, "text/html", (baseUrl, articles, _) => NewsListingPage.Render(baseUrl, articles));
    }

    /// <summary>A page that lists the latest articles (a feed or the HTML listing), conditional on its validators.</summary>
    private async Task ServeLatestAsync(
        HttpContext context, string contentType, Func<Uri, IReadOnlyList<FakeArticle>, DateTimeOffset, string> render)
    {
        string body;
        DateTimeOffset lastModified;
        lock (_gate)
        {
            if (_feedFailures.TryDequeue(out var failure))
            {
                context.Response.StatusCode = failure;
                return;
            }

            lastModified = _lastChange;
            body = render(BaseUrl, _articles, lastModified);
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        if (IsNotModified(context.Request.GetTypedHeaders(), etag, lastModified))
        {
            Interlocked.Increment(ref _notModified);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = contentType + "; charset=UTF-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>RFC 9110: If-None-Match (weak comparison) decides when present; If-Modified-Since only otherwise.</summary>
    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    private async Task ServeArticleAsync(HttpContext context, string slug)
    {
        FakeArticle? article;
        lock (_gate)
        {
            _articleRequests[slug] = _articleRequests.GetValueOrDefault(slug) + 1;
            if (_articleFailures.TryGetValue(slug, out var failures) && failures.TryDequeue(out var failure))
            {
                context.Response.StatusCode = failure;
                return;
            }

            article = _articles.FirstOrDefault(a => a.Slug == slug);
        }

        if (article is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/html; charset=UTF-8";
        await context.Response.WriteAsync(NewsArticlePage.Render(BaseUrl, article), context.RequestAborted);
    }
}
