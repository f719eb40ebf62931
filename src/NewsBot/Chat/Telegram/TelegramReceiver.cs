using NewsBot.Delivery;
using Telegram.Bot;
using Telegram.Bot.Polling;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Long-polls Telegram for commands. Publishes the command menus first (the citizens', and each admin's own), and
/// keeps polling through outages: a failed round is logged and retried, never fatal. With several instances only the
/// sender polls (getUpdates allows one reader per bot; see <see cref="SenderRole"/>), and another takes over with it.
/// </summary>
public sealed partial class TelegramReceiver(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    CommandCatalog catalog,
    TelegramCommandMenus menus,
    SenderRole role,
    TimeProvider time,
    ILogger<TelegramReceiver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            CancellationToken roleLost;
            try
            {
                roleLost = await role.HeldAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            using var polling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, roleLost);
            await PublishCommandMenuAsync(polling.Token);
            await PollAsync(polling.Token);
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var receiverOptions = new ReceiverOptions { AllowedUpdates = TelegramUpdateHandler.HandledTypes };
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await bot.ReceiveAsync(handler, receiverOptions, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPollingStopped(logger, ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task PublishCommandMenuAsync(CancellationToken cancellationToken)
    {
        try
        {
            // getUpdates refuses to work while a webhook is set.
            await bot.DeleteWebhook(cancellationToken: cancellationToken);
            await menus.PublishAllAsync([.. catalog.All.Select(c => c.Descriptor)], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMenuFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram polling stopped; restarting in 5 s")]
    private static partial void LogPollingStopped(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the Telegram command menu")]
    private static partial void LogMenuFailed(ILogger logger, Exception exception);
}
