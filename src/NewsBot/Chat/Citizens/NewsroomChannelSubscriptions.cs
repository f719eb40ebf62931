using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Delivery.Telegram;
using NewsBot.Storage;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// On start-up, makes the configured newsroom channels all-topics subscribers, and takes the flag away from a channel
/// that is no longer configured. Runs after the database migration (hosted services start in registration order).
/// </summary>
public sealed partial class NewsroomChannelSubscriptions(
    IDbContextFactory<NewsBotDbContext> contexts,
    IOptions<NewsroomChannelOptions> options,
    IConfiguration configuration,
    SubscriberDirectory directory,
    ILogger<NewsroomChannelSubscriptions> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Without a bot token nothing could reach the channels; they are left as they are until there is one.
        if (!TelegramOptions.IsConfiguredIn(configuration)) return;
        var configured = options.Value.NewsroomChannels.Distinct(StringComparer.Ordinal).ToList();

        await using var db = contexts.CreateDbContext();
        foreach (var former in await db.Subscribers
                     .Where(s => s.AllTopics && s.Channel == ChannelKind.Telegram && !configured.Contains(s.ChatId))
                     .ToListAsync(cancellationToken))
        {
            former.AllTopics = false;
        }

        foreach (var chatId in configured)
        {
            var channel = await directory.FindAsync(db, ChannelKind.Telegram, chatId, cancellationToken)
                          ?? directory.Create(db, ChannelKind.Telegram, chatId, languageHint: null);
            channel.AllTopics = true;
            // The newsroom has just said this channel is a target: a past "chat not found" is assumed to be fixed.
            directory.Reactivate(channel);
            LogNewsroomChannel(logger, chatId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Newsroom channel {ChatId} receives every article")]
    private static partial void LogNewsroomChannel(ILogger logger, string chatId);
}
