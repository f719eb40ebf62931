using NewsBot.Broadcasts;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>
/// /hentikansiaran [nomor]: stops a broadcast that is being sent, the newest one when no number is given. What has gone
/// out stays sent; nothing else goes. Any admin may stop any broadcast, and the audit log keeps who did.
/// </summary>
public sealed class BroadcastStopCommand(BroadcastStop stop) : IChatCommand
{
    private static readonly Localized Stopped = new(
        "⏹ {0} dihentikan: sudah terkirim {2}; sisanya tidak akan dikirim ({1} diambil dari antrean sekarang, yang sedang diproses dilewati). Laporan akhir dengan angka pastinya menyusul.",
        "⏹ {0} stopped: {2} sent so far; the rest will not be sent ({1} taken out of the outbox now, those being processed are skipped). The final report with exact figures follows.");

    private static readonly Localized NothingRunning = new(
        "Tidak ada siaran yang sedang dikirim. Siaran yang belum dikonfirmasi dibatalkan dengan /batalsiaran.",
        "No broadcast is being sent. A broadcast not yet confirmed is cancelled with /cancelbroadcast.");

    private static readonly Localized NotFound = new(
        "Siaran #{0} tidak ditemukan. Tanpa nomor, /hentikansiaran menghentikan siaran terbaru yang sedang dikirim.",
        "There is no broadcast #{0}. Without a number, /stopbroadcast stops the newest broadcast being sent.");

    private static readonly Localized NotConfirmed = new(
        "{0} belum dikirim (atau sudah dibatalkan); batalkan pratinjaunya dengan /batalsiaran {1}.",
        "{0} was never sent (or was cancelled); cancel its preview with /cancelbroadcast {1}.");

    private static readonly Localized AlreadyFinished = new(
        "{0} sudah selesai dikirim ({1} terkirim); tidak ada lagi yang bisa dihentikan.",
        "{0} has already finished ({1} sent); there is nothing left to stop.");

    private static readonly Localized AlreadyStopped = new(
        "{0} sudah dihentikan sebelumnya ({1} terkirim).",
        "{0} was already stopped ({1} sent).");

    public CommandDescriptor Descriptor { get; } = new(
        "hentikansiaran", "stopbroadcast", new("Hentikan siaran yang sedang dikirim", "Stop a broadcast being sent"),
        CommandAudience.Admin, new("[nomor]", "[number]"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (id, valid) = BroadcastWording.ReadId(context.Arguments);
        if (!valid)
            return new ChatReply(context.Format(BroadcastDecisionTexts.InvalidNumber, context.Arguments[0], "/hentikansiaran 12", "/stopbroadcast 12"));

        var result = await stop.StopAsync(id, cancellationToken);
        var language = context.Language;
        var name = result.Broadcast is { } broadcast ? BroadcastWording.Name(broadcast, language) : "";
        var sent = BroadcastWording.Number(result.Counts?.Sent ?? 0, language);
        return new ChatReply(result.Result switch
        {
            BroadcastStop.Outcome.Stopped => context.Format(Stopped, name, BroadcastWording.Number(result.Withdrawn, language), sent),
            BroadcastStop.Outcome.NothingRunning => context.Text(NothingRunning),
            BroadcastStop.Outcome.NotFound => context.Format(NotFound, id),
            BroadcastStop.Outcome.NotConfirmed => context.Format(NotConfirmed, name, result.Broadcast!.Id),
            BroadcastStop.Outcome.AlreadyFinished => context.Format(AlreadyFinished, name, sent),
            BroadcastStop.Outcome.AlreadyStopped => context.Format(AlreadyStopped, name, sent),
            _ => context.Texts.Failure,
        });
    }
}
