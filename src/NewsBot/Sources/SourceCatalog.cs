using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>
/// On start, stores the sources listed in configuration (new ones are due at once; known ones keep their state), and,
/// while the app runs the sample (no chat platform connected), the sample newsroom with a console subscriber that follows all its tags.
/// </summary>
public sealed partial class SourceCatalog(
    IDbContextFactory<NewsBotDbContext> contexts,
    IOptions<SourcesOptions> sources,
    IOptions<SampleOptions> sample,
    SampleMode sampleMode,
    SampleNewsroom newsroom,
    TimeProvider time,
    ILogger<SourceCatalog> logger) : IHostedService
{
    public const string ConsoleChatId = "console";

    public bool SampleActive => sampleMode.Runs;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        var definitions = sources.Value.Feeds.ToList();
        if (SampleActive)
        {
            definitions.Add(new SourceDefinition
            {
                Name = "Contoh: Berita Kabupaten Demak",
                Url = sample.Value.FeedUrl,
                PollIntervalSeconds = sample.Value.PollIntervalSeconds,
            });
        }

        foreach (var definition in definitions)
        {
            var tags = string.Join(' ', definition.Tags.Select(Extraction.TagSlug.Normalize).OfType<string>());
            var interval = definition.PollIntervalSeconds ?? sources.Value.DefaultPollIntervalSeconds;
            var source = await db.Sources.SingleOrDefaultAsync(s => s.Url == definition.Url, cancellationToken);
            if (source is null)
            {
                db.Sources.Add(new Source
                {
                    Name = definition.Name, Url = definition.Url, Kind = definition.Kind, DefaultTags = tags, PollIntervalSeconds = interval,
                    LinkSelector = NullIfBlank(definition.LinkSelector), ContentSelector = NullIfBlank(definition.ContentSelector),
                    CreatedUtc = now, NextCheckUtc = now,
                });
                LogAdded(logger, definition.Name, definition.Url);
            }
            else
            {
                source.Name = definition.Name;
                source.Kind = definition.Kind;
                source.LinkSelector = NullIfBlank(definition.LinkSelector);
                source.ContentSelector = NullIfBlank(definition.ContentSelector);
                source.DefaultTags = tags;
                source.PollIntervalSeconds = interval;
                // IsEnabled is left alone: an admin's /jedasumber (a site under maintenance) holds across a restart.
                source.NextCheckUtc = now;
            }
        }

        if (SampleActive) await EnsureConsoleSubscriberAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task EnsureConsoleSubscriberAsync(NewsBotDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var subscriber = await db.Subscribers.Include(s => s.Tags)
            .SingleOrDefaultAsync(s => s.Channel == ChannelKind.Console && s.ChatId == ConsoleChatId, cancellationToken);
        if (subscriber is null)
        {
            subscriber = new Subscriber { Channel = ChannelKind.Console, ChatId = ConsoleChatId, CreatedUtc = now, UpdatedUtc = now };
            db.Subscribers.Add(subscriber);
        }

        foreach (var tag in newsroom.AllTags.Where(t => subscriber.Tags.All(existing => existing.Tag != t)))
        {
            subscriber.Tags.Add(new SubscriberTag { Tag = tag });
        }

        LogSample(logger, sample.Value.FeedUrl);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added source {SourceName} ({Url})")]
    private static partial void LogAdded(ILogger logger, string sourceName, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "No Telegram token set: running the sample newsroom at {Url}; news goes to the console")]
    private static partial void LogSample(ILogger logger, string url);
}
