using Microsoft.Extensions.Options;
using NewsBot.Delivery.Telegram;
using Telegram.Bot;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Webhook mode's start: publishes the command menus as the long-polling receiver does, then tells Telegram where to
/// post updates and with which secret (setWebhook). Every instance does it; the call is the same each time. A failure
/// is logged and retried a few times, never fatal: the webhook Telegram already has keeps working meanwhile.
/// </summary>
public sealed partial class TelegramWebhookRegistration(
    ITelegramBotClient bot,
    CommandCatalog catalog,
    TelegramCommandMenus menus,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramWebhookRegistration> logger) : BackgroundService
{
    private const int MaxAttempts = 5;

    /// <summary>The wait before the second attempt; it doubles after each failure (3, 6, 12, 24 s).</summary>
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PublishCommandMenuAsync(stoppingToken);
        var url = options.Value.WebhookUrl!.Trim();
        var delay = FirstRetryDelay;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                // Updates that waited while no webhook answered are kept: they are citizens' commands.
                await bot.SetWebhook(url, allowedUpdates: TelegramUpdateHandler.HandledTypes, dropPendingUpdates: false,
                    secretToken: options.Value.WebhookSecret, cancellationToken: stoppingToken);
                LogRegistered(logger, Host(url));
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                if (attempt == MaxAttempts)
                {
                    LogGivenUp(logger, ex, attempt);
                    return;
                }

                LogRetrying(logger, ex, attempt, delay);
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay *= 2;
        }
    }

    private async Task PublishCommandMenuAsync(CancellationToken cancellationToken)
    {
        try
        {
            await menus.PublishAllAsync([.. catalog.All.Select(c => c.Descriptor)], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMenuFailed(logger, ex);
        }
    }

    /// <summary>Scheme and host only: some put a token of their own into the webhook's path.</summary>
    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed.GetLeftPart(UriPartial.Authority) : "?";

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook set: updates come to {Address}")]
    private static partial void LogRegistered(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not set the Telegram webhook (attempt {Attempt}); trying again in {RetryAfter}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, int attempt, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not set the Telegram webhook after {Attempt} attempts; updates arrive only if Telegram already has it (restart to try again)")]
    private static partial void LogGivenUp(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the Telegram command menu")]
    private static partial void LogMenuFailed(ILogger logger, Exception exception);
}
