using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// A WordPress site on 127.0.0.1 whose REST API answers <c>/wp-json/wp/v2/posts</c> like WordPress does with
/// <c>_embed</c>: rendered HTML fields, GMT dates without a zone, terms and featured media embedded, ETag and 304.
/// </summary>
public sealed class FakeWordPressSite : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeArticle> _posts = [];
    private WebApplication _app = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public string? LastQuery { get; private set; }

    public int NotModifiedResponses { get; private set; }

    public static async Task<FakeWordPressSite> StartAsync()
    {
        var site = new FakeWordPressSite();
        (site._app, site.BaseUrl) = await FakeHost.StartAsync(app => app.MapGet("/wp-json/wp/v2/posts", site.ServePosts));
        return site;
    }

    public void Publish(FakeArticle post)
    {
        lock (_gate)
        {
            _posts.RemoveAll(p => p.Slug == post.Slug);
            _posts.Add(post);
            _posts.Sort((a, b) => b.Published.CompareTo(a.Published));
        }
    }

    public ValueTask DisposeAsync() => new(FakeHost.StopAsync(_app));

    private IResult ServePosts(HttpContext context)
    {
        LastQuery = context.Request.QueryString.Value;
        string body;
        lock (_gate)
        {
            body = JsonSerializer.Serialize(_posts.Select((p, i) => Post(p, _posts.Count - i)));
        }

        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            NotModifiedResponses++;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        context.Response.Headers["X-WP-Total"] = _posts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Text(body, "application/json; charset=UTF-8");
    }

    private object Post(FakeArticle post, int id)
    {
        var link = new Uri(BaseUrl, $"{post.Published:yyyy/MM}/{post.Slug}/").ToString();
        var gmt = post.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, object>
        {
            ["id"] = id,
            ["date"] = post.Published.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            ["date_gmt"] = gmt,
            ["modified_gmt"] = gmt,
            ["guid"] = new { rendered = new Uri(BaseUrl, $"?p={id}").ToString() },
            ["link"] = link,
            ["title"] = new { rendered = System.Net.WebUtility.HtmlEncode(post.Title).Replace("&#39;", "&#8217;", StringComparison.Ordinal) },
            ["content"] = new { rendered = post.BodyHtml, @protected = false },
            ["excerpt"] = new { rendered = $"<p>{NewsFeedWriter.Excerpt(post)}</p>\n", @protected = false },
            ["_embedded"] = new Dictionary<string, object>
            {
                ["wp:featuredmedia"] = new[] { new { id = 900 + id, source_url = new Uri(BaseUrl, $"wp-content/uploads/{post.Slug}.jpg").ToString() } },
                ["wp:term"] = new[]
                {
                    new[] { new { id = 1, name = "Berita", taxonomy = "category" } },
                    post.Tags.Select((t, i) => new { id = 10 + i, name = t, taxonomy = "post_tag" }).ToArray(),
                },
            },
        };
    }
}
