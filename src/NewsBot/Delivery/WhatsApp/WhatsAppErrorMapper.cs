using Microsoft.Extensions.Options;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>
/// Turns Meta's error codes into the dispatcher's actions. Codes about the recipient affect that row only; codes about
/// our own number or account pause the whole channel (a RetryLater with a wait) so nothing is lost while it lasts.
/// </summary>
public sealed class WhatsAppErrorMapper(
    UndeliverableCounter undeliverable,
    AdminAlerts alerts,
    IOptions<WhatsAppOptions> options)
{
    public SendOutcome Translate(string chatId, WhatsAppError error)
    {
        var settings = options.Value;
        var reason = error.ToString();
        switch (error.Code)
        {
            case WhatsAppError.ThroughputExceeded:
                return new SendOutcome.RetryLater(reason, settings.ThroughputPause);
            case WhatsAppError.ApiRateLimit:
                return new SendOutcome.RetryLater(reason, TimeSpan.FromMinutes(1));
            case WhatsAppError.PairRateLimit:
                // This user only: the row backs off exponentially, everyone else goes on.
                return new SendOutcome.RetryLater(reason);
            case WhatsAppError.EcosystemLimit:
                return new SendOutcome.Deferred(reason, TimeSpan.FromDays(1));
            case WhatsAppError.Undeliverable:
                var inARow = undeliverable.Fail(chatId);
                return new SendOutcome.Rejected(reason, DeactivateSubscriber: inARow >= settings.UndeliverableBeforeDeactivation);
            case WhatsAppError.MarketingOptOut:
                return new SendOutcome.Rejected(reason + " (the user stopped marketing messages)", DeactivateSubscriber: true);
            case WhatsAppError.AccountRestricted or WhatsAppError.AccountLocked or WhatsAppError.SpamRateLimit:
                alerts.Raise(AccountAlert(error, settings.AccountRestrictedPause));
                return new SendOutcome.RetryLater(reason, settings.AccountRestrictedPause);
            case WhatsAppError.AccessTokenInvalid:
                return new SendOutcome.RetryLater($"{reason} (check WhatsApp:AccessToken)");
            case 0:
                return new SendOutcome.RetryLater(reason);
            default:
                return error.HttpStatus is >= 500 or 401 or 404 or 0
                    ? new SendOutcome.RetryLater(reason)
                    : new SendOutcome.Rejected(reason, DeactivateSubscriber: false);
        }
    }

    public void Succeeded(string chatId) => undeliverable.Succeeded(chatId);

    /// <summary>Meta words its errors in English only; the Indonesian alert names the code's meaning instead.</summary>
    private static AdminAlert AccountAlert(WhatsAppError error, TimeSpan pause) => new(
        $"whatsapp-account-{error.Code}",
        $"WhatsApp menolak akun kita (kode {error.Code}: {IndonesianMeaning(error.Code)}). Pengiriman lewat WhatsApp berhenti selama {pause:g}. "
        + "Periksa WhatsApp Manager → Kualitas akun.",
        $"WhatsApp refused our account (error {error.Code}: {error.Message}). WhatsApp delivery pauses for {pause:g}. "
        + "Check WhatsApp Manager → Account quality.");

    private static string IndonesianMeaning(int code) => code switch
    {
        WhatsAppError.AccountRestricted => "akun dibatasi sementara karena pelanggaran kebijakan",
        WhatsAppError.AccountLocked => "akun dikunci",
        WhatsAppError.SpamRateLimit => "pengiriman dibatasi karena banyak pesan ditandai sebagai spam",
        _ => "akun bermasalah",
    };
}
