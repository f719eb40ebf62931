using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Outbox;

/// <summary>/lanjut: lifts the delivery pause and starts dispatch at once, so the waiting messages leave now.</summary>
public sealed class ResumeDeliveryCommand(IDispatchNow dispatch, TimeProvider time) : IChatCommand
{
    private static readonly Localized Resumed = new(
        "▶️ Pengiriman dilanjutkan; {0} pesan yang menunggu sedang dikirim.", "▶️ Delivery resumed; the {0} waiting messages are being sent.");

    private static readonly Localized NotPaused = new("Pengiriman tidak sedang dijeda.", "Delivery is not paused.");

    public CommandDescriptor Descriptor { get; } = new(
        "lanjut", "resume", new("Lanjutkan pengiriman yang dijeda", "Resume paused delivery"), CommandAudience.Admin);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!await DeliveryPause.IsPausedAsync(context.Db, cancellationToken)) return new ChatReply(context.Text(NotPaused));

        await DeliveryPause.SetAsync(
            context.Db, paused: false, $"{context.Command.Channel}:{context.Command.SenderId}", time.GetUtcNow().UtcDateTime, cancellationToken);
        var waiting = await context.Db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending, cancellationToken);
        await dispatch.TriggerAsync(cancellationToken);
        return new ChatReply(context.Format(Resumed, waiting));
    }
}
