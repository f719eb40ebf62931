using NewsBot.Broadcasts;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>
/// /kirimsiaran [nomor]: sends a previewed broadcast (what the ✅ button sends; without a number, the sender's latest
/// draft). A second confirmation is answered, never sent again.
/// </summary>
public sealed class BroadcastConfirmCommand(BroadcastConfirmation confirmation) : IChatCommand
{
    private static readonly Localized Confirmed = new(
        "✅ {0} dikonfirmasi: sedang dikirim ke {1} chat. Kemajuan dan hasil akhirnya saya laporkan di sini.",
        "✅ {0} confirmed: being sent to {1} chats. I will report its progress and the final counts here.");

    private static readonly Localized ConfirmedToNobody = new(
        "{0} dikonfirmasi, tetapi tidak ada lagi chat yang berlangganan; tidak ada yang dikirim.",
        "{0} confirmed, but no chat is subscribed any more; nothing was sent.");

    public CommandDescriptor Descriptor { get; } = new(
        "kirimsiaran", "sendbroadcast", new("Kirim siaran yang sudah dipratinjau", "Send a previewed broadcast"),
        CommandAudience.Admin, new("[nomor]", "[number]"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (id, valid) = BroadcastWording.ReadId(context.Arguments);
        if (!valid) return new ChatReply(context.Format(BroadcastDecisionTexts.InvalidNumber, context.Arguments[0], "/kirimsiaran 12", "/sendbroadcast 12"));

        var command = context.Command;
        var decision = await confirmation.ConfirmAsync(id, command.Channel, command.SenderId ?? command.ChatId, cancellationToken);
        if (decision is not { Result: BroadcastDecision.Outcome.Confirmed, Broadcast: { } broadcast })
            return new ChatReply(BroadcastDecisionTexts.Refusal(decision, id, context));

        var name = BroadcastWording.Name(broadcast, context.Language);
        var text = broadcast.Planned == 0
            ? context.Format(ConfirmedToNobody, name)
            : context.Format(Confirmed, name, BroadcastWording.Number(broadcast.Planned, context.Language));
        // Pressed on the preview: the preview turns into the confirmation, and its buttons go away.
        return new ChatReply(text) { ReplacesPressedMessage = command.FromButton };
    }
}
