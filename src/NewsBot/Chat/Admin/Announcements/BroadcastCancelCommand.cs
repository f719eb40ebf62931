using NewsBot.Broadcasts;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>/batalsiaran [nomor]: drops a previewed broadcast (what the ❌ button sends); nothing is sent.</summary>
public sealed class BroadcastCancelCommand(BroadcastConfirmation confirmation) : IChatCommand
{
    private static readonly Localized Cancelled = new(
        "❌ {0} dibatalkan; tidak ada yang dikirim.",
        "❌ {0} cancelled; nothing was sent.");

    public CommandDescriptor Descriptor { get; } = new(
        "batalsiaran", "cancelbroadcast", new("Batalkan siaran yang sudah dipratinjau", "Cancel a previewed broadcast"),
        CommandAudience.Admin, new("[nomor]", "[number]"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (id, valid) = BroadcastWording.ReadId(context.Arguments);
        if (!valid) return new ChatReply(context.Format(BroadcastDecisionTexts.InvalidNumber, context.Arguments[0], "/batalsiaran 12", "/cancelbroadcast 12"));

        var command = context.Command;
        var decision = await confirmation.CancelAsync(id, command.Channel, command.SenderId ?? command.ChatId, cancellationToken);
        if (decision is not { Result: BroadcastDecision.Outcome.Cancelled, Broadcast: { } broadcast })
            return new ChatReply(BroadcastDecisionTexts.Refusal(decision, id, context));

        return new ChatReply(context.Format(Cancelled, BroadcastWording.Name(broadcast, context.Language)))
        {
            ReplacesPressedMessage = command.FromButton,
        };
    }
}
