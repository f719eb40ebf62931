using NewsBot.Broadcasts;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>The polite answers when a confirmation or cancellation cannot be carried out.</summary>
public static class BroadcastDecisionTexts
{
    public static readonly Localized InvalidNumber = new(
        "{0} bukan nomor siaran. Contoh: {1}",
        "{0} is not a broadcast number. Example: {2}");

    private static readonly Localized NotFound = new(
        "Siaran #{0} tidak ditemukan. Buat siaran baru dengan /siaran <topik|semua> <teks>.",
        "There is no broadcast #{0}. Make a new one with /broadcast <topic|all> <text>.");

    private static readonly Localized NoDraft = new(
        "Tidak ada siaran yang menunggu konfirmasi Anda. Buat dengan /siaran <topik|semua> <teks> atau /darurat <teks>.",
        "No broadcast is waiting for your confirmation. Make one with /broadcast <topic|all> <text> or /alert <text>.");

    private static readonly Localized NotYours = new(
        "{0} dibuat oleh admin lain; hanya pembuatnya yang dapat mengirim atau membatalkannya.",
        "{0} was made by another admin; only they can send or cancel it.");

    private static readonly Localized AlreadyConfirmed = new(
        "{0} sudah dikonfirmasi sebelumnya dan sedang atau sudah dikirim; tidak akan dikirim dua kali, dan tidak dapat dibatalkan lagi. Menghentikan pengiriman yang sedang berjalan: /hentikansiaran",
        "{0} was already confirmed and is being or has been sent; it is never sent twice, and can no longer be cancelled. To stop a sending in progress: /stopbroadcast");

    private static readonly Localized AlreadyCancelled = new(
        "{0} sudah dibatalkan; tidak ada yang dikirim. Buat yang baru dengan /siaran atau /darurat.",
        "{0} was cancelled; nothing was sent. Make a new one with /broadcast or /alert.");

    private static readonly Localized Expired = new(
        "Pratinjau {0} sudah kedaluwarsa, jadi jumlah penerimanya mungkin sudah berubah. Tidak ada yang dikirim; buat pratinjau baru dengan /siaran atau /darurat.",
        "The preview of {0} has expired, so its audience may have changed. Nothing was sent; make a new preview with /broadcast or /alert.");

    public static string Refusal(BroadcastDecision decision, long? requestedId, CommandContext context)
    {
        var name = decision.Broadcast is { } broadcast ? BroadcastWording.Name(broadcast, context.Language) : "";
        return decision.Result switch
        {
            BroadcastDecision.Outcome.NotFound when requestedId is { } id => context.Format(NotFound, id),
            BroadcastDecision.Outcome.NotFound => context.Text(NoDraft),
            BroadcastDecision.Outcome.NotYours => context.Format(NotYours, name),
            BroadcastDecision.Outcome.AlreadyConfirmed => context.Format(AlreadyConfirmed, name),
            BroadcastDecision.Outcome.AlreadyCancelled => context.Format(AlreadyCancelled, name),
            BroadcastDecision.Outcome.Expired => context.Format(Expired, name.ToLowerInvariant()),
            _ => context.Texts.Failure,
        };
    }
}
