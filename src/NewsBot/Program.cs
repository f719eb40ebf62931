using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Extraction;
using NewsBot.Fetching;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Sources;
using NewsBot.Storage;
using NewsBot.Summaries;

// appsettings.json sits at the repository root and is copied next to the binary; the working directory stays the
// user's, so data/ is created where they run the bot.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services
    .AddStorage(builder.Configuration)
    .AddSources(builder.Configuration)
    .AddFetching(builder.Configuration)
    .AddExtraction(builder.Configuration)
    .AddSummaries(builder.Configuration)
    .AddMatching()
    .AddDelivery(builder.Configuration)
    .AddChat(builder.Configuration)
    .AddScheduling(builder.Configuration);
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapHealthChecks("/health/live");
app.MapHealthChecks("/health/ready");
app.MapSampleNewsroom();
await app.RunAsync();

/// <summary>The entry point; public so tests can start the real app.</summary>
public partial class Program;
