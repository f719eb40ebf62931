using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Long-polls Telegram for commands. Publishes the command menu in both languages first, and keeps polling through
/// outages: a failed round is logged and retried, never fatal.
/// </summary>
public sealed partial class TelegramReceiver(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    TimeProvider time,
    ILogger<TelegramReceiver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PublishCommandMenuAsync(stoppingToken);
        var receiverOptions = new ReceiverOptions { AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery] };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bot.ReceiveAsync(handler, receiverOptions, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPollingStopped(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    private async Task PublishCommandMenuAsync(CancellationToken cancellationToken)
    {
        try
        {
            // getUpdates refuses to work while a webhook is set.
            await bot.DeleteWebhook(cancellationToken: cancellationToken);
            await bot.SetMyCommands(Menu(BotTexts.Indonesian, english: false), cancellationToken: cancellationToken);
            await bot.SetMyCommands(Menu(BotTexts.English, english: true), languageCode: "en", cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMenuFailed(logger, ex);
        }
    }

    private static IEnumerable<BotCommand> Menu(BotTexts texts, bool english) =>
        CommandParser.Menu.Select(entry => new BotCommand(english ? entry.English : entry.Indonesian, MenuDescription(entry.Name, english)));

    private static string MenuDescription(CommandName name, bool english) => (name, english) switch
    {
        (CommandName.Start, false) => "Mulai",
        (CommandName.Start, true) => "Start",
        (CommandName.Help, false) => "Bantuan",
        (CommandName.Help, true) => "Help",
        (CommandName.Topics, false) => "Topik yang tersedia",
        (CommandName.Topics, true) => "Available topics",
        (CommandName.Subscribe, false) => "Berlangganan topik",
        (CommandName.Subscribe, true) => "Subscribe to topics",
        (CommandName.Unsubscribe, false) => "Berhenti berlangganan",
        (CommandName.Unsubscribe, true) => "Unsubscribe",
        (CommandName.MySubscriptions, false) => "Langganan saya",
        (CommandName.MySubscriptions, true) => "My subscriptions",
        (CommandName.Latest, false) => "Berita terbaru",
        (CommandName.Latest, true) => "Latest news",
        (CommandName.Language, false) => "Ganti bahasa",
        _ => "Change language",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram polling stopped; restarting in 5 s")]
    private static partial void LogPollingStopped(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the Telegram command menu")]
    private static partial void LogMenuFailed(ILogger logger, Exception exception);
}
