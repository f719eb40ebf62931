namespace NewsBot.Sources;

public static class SampleNewsroomEndpoints
{
    /// <summary>Serves the sample newsroom under /sample/ (feed.xml and berita/{slug}).</summary>
    public static IEndpointRouteBuilder MapSampleNewsroom(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sample/feed.xml", (HttpContext context, SampleNewsroom newsroom) =>
        {
            var baseUrl = new Uri($"{context.Request.Scheme}://{context.Request.Host}/sample/");
            return Results.Text(newsroom.RenderFeed(baseUrl), "application/rss+xml; charset=utf-8");
        });
        endpoints.MapGet("/sample/berita/{slug}", (string slug, SampleNewsroom newsroom) =>
            newsroom.RenderPage(slug) is { } html ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        return endpoints;
    }
}
