using NewsBot.Delivery.WhatsApp;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// Shows a <see cref="ChatReply"/> in a WhatsApp chat: text; up to three short buttons as reply buttons, more as an
/// interactive list (at most ten rows). A pressed button or row comes back with its id, which is the command to run.
/// WhatsApp cannot edit a sent message, so a redrawn picker arrives as a new one; an image is sent as its caption.
/// </summary>
public sealed partial class WhatsAppReplySender(WhatsAppClient client, ILogger<WhatsAppReplySender> logger)
{
    private const int MaxReplyButtons = 3;
    private const int MaxButtonTitle = 20;
    private const int MaxListRows = 10;
    private const int MaxInteractiveBody = 1024;

    private static readonly Localized ListButton = new("Pilih", "Choose");

    public async Task SendAsync(string to, ChatReply reply, string language, CancellationToken cancellationToken)
    {
        if (reply.IsNone) return;
        var buttons = reply.Buttons.SelectMany(row => row).ToList();
        var text = reply.Text;

        WhatsAppSendResult result;
        if (buttons.Count == 0)
        {
            result = await client.SendTextAsync(to, text, previewUrl: false, cancellationToken);
        }
        else
        {
            if (text.Length > MaxInteractiveBody)
            {
                // The long part goes as ordinary text; the buttons follow under its last lines.
                var sentText = await client.SendTextAsync(to, text, previewUrl: false, cancellationToken);
                if (!sentText.Accepted) LogReplyFailed(logger, to, sentText.Error!.ToString());
                text = "⬆️";
            }

            result = buttons.Count <= MaxReplyButtons && buttons.All(b => b.Label.Length <= MaxButtonTitle)
                ? await client.SendButtonsAsync(to, text, [.. buttons.Select(b => (b.Command, b.Label))], cancellationToken)
                : await client.SendListAsync(to, text, ListButton.In(language),
                    [.. buttons.Take(MaxListRows).Select(b => (b.Command, b.Label, string.Empty))], cancellationToken);
        }

        if (!result.Accepted) LogReplyFailed(logger, to, result.Error!.ToString());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer WhatsApp chat {ChatId}: {Reason}")]
    private static partial void LogReplyFailed(ILogger logger, string chatId, string reason);
}
