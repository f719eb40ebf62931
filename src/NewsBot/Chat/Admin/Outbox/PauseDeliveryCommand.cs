using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Outbox;

/// <summary>
/// /jeda: holds every outgoing message, urgent notices included, until /lanjut. News keeps being collected and planned;
/// it waits in the outbox and goes out when delivery resumes. The pause survives a restart.
/// </summary>
public sealed class PauseDeliveryCommand(TimeProvider time) : IChatCommand
{
    private static readonly Localized Paused = new(
        "⏸ Pengiriman dijeda: tidak ada pesan yang keluar, termasuk pemberitahuan darurat. {0} pesan menunggu.\n"
        + "Berita baru tetap dikumpulkan. Lanjutkan: /lanjut",
        "⏸ Delivery is paused: no message goes out, urgent notices included. {0} messages are waiting.\n"
        + "New articles are still collected. Resume: /resume");

    private static readonly Localized AlreadyPaused = new(
        "Pengiriman sudah dijeda ({0}). Lanjutkan: /lanjut", "Delivery is already paused ({0}). Resume: /resume");

    public CommandDescriptor Descriptor { get; } = new(
        "jeda", "pause", new("Jeda semua pengiriman pesan", "Pause all message delivery"), CommandAudience.Admin);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await DeliveryPause.FindAsync(context.Db, cancellationToken) is { Value: "true" } setting)
            return new ChatReply(context.Format(AlreadyPaused, AdminFormat.Ago(setting.UpdatedUtc, now, context.Language)));

        await DeliveryPause.SetAsync(context.Db, paused: true, $"{context.Command.Channel}:{context.Command.SenderId}", now, cancellationToken);
        var waiting = await context.Db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending, cancellationToken);
        return new ChatReply(context.Format(Paused, waiting));
    }
}
