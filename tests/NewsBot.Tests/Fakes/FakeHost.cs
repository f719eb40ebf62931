using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Fakes;

/// <summary>Starts a minimal Kestrel app on a free loopback port, isolated from the test run's configuration.</summary>
internal static class FakeHost
{
    public static async Task<(WebApplication App, Uri BaseUrl)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The app's appsettings.json and ASPNETCORE_* variables reach the test output; none of it may configure a fake.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, new Uri(app.Urls.First() + "/"));
    }

    public static async Task StopAsync(WebApplication app)
    {
        // Bounded so a client still holding a request open cannot stall the test run.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(stopping.Token);
        await app.DisposeAsync();
    }
}
