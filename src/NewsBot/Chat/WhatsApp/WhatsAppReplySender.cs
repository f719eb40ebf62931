using NewsBot.Delivery;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// Shows a <see cref="ChatReply"/> in a WhatsApp chat: text; up to three short buttons as reply buttons, more as an
/// interactive list (at most ten rows). A pressed button or row comes back with its id, which is the command to run.
/// WhatsApp cannot edit a sent message, so a redrawn picker arrives as a new one; an image is sent as its caption.
/// Every message goes through <see cref="PacedRequests"/>, inside the number's limits; Meta's answers are read as the
/// outbox reads them (130429 pauses the channel, a transient error is tried again).
/// </summary>
public sealed partial class WhatsAppReplySender(
    WhatsAppClient client, WhatsAppErrorMapper errors, PacedRequests paced, ILogger<WhatsAppReplySender> logger)
{
    private const int MaxReplyButtons = 3;
    private const int MaxButtonTitle = 20;
    private const int MaxListRows = 10;
    private const int MaxInteractiveBody = 1024;

    private static readonly Localized ListButton = new("Pilih", "Choose");

    /// <summary>Sends the reply; true when Meta took it (or there was nothing to send).</summary>
    public async Task<bool> SendAsync(string to, ChatReply reply, string language, CancellationToken cancellationToken, SendLane lane = SendLane.Reply)
    {
        if (reply.IsNone) return true;
        var buttons = reply.Buttons.SelectMany(row => row).ToList();
        var text = reply.Text;
        if (buttons.Count == 0) return await SendPacedAsync(to, lane, ct => client.SendTextAsync(to, text, previewUrl: false, ct), cancellationToken);

        if (text.Length > MaxInteractiveBody)
        {
            // The long part goes as ordinary text; the buttons follow under its last lines.
            await SendPacedAsync(to, lane, ct => client.SendTextAsync(to, text, previewUrl: false, ct), cancellationToken);
            text = "⬆️";
        }

        return buttons.Count <= MaxReplyButtons && buttons.All(b => b.Label.Length <= MaxButtonTitle)
            ? await SendPacedAsync(to, lane, ct => client.SendButtonsAsync(to, text, [.. buttons.Select(b => (b.Command, b.Label))], ct),
                cancellationToken)
            : await SendPacedAsync(to, lane, ct => client.SendListAsync(to, text, ListButton.In(language),
                [.. buttons.Take(MaxListRows).Select(b => (b.Command, b.Label, string.Empty))], ct), cancellationToken);
    }

    private async Task<bool> SendPacedAsync(
        string to, SendLane lane, Func<CancellationToken, Task<WhatsAppSendResult>> send, CancellationToken cancellationToken)
    {
        var outcome = await paced.SendAsync(ChannelKind.WhatsApp, to, lane, async ct =>
        {
            var result = await send(ct);
            return result.Accepted ? new SendOutcome.Sent() : errors.Translate(to, result.Error!);
        }, cancellationToken);
        if (outcome is SendOutcome.Sent) return true;
        LogReplyFailed(logger, to, outcome.ToString());
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer WhatsApp chat {ChatId}: {Reason}")]
    private static partial void LogReplyFailed(ILogger logger, string chatId, string reason);
}
