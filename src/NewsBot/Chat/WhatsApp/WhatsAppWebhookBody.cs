namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// A WhatsApp webhook body, read as a <see cref="WebhookBody"/> (pooled chunks, the size limit, the deadline) and fed
/// to the HMAC as it arrives. Meta signs every POST, so a body without a usable signature is only counted, never kept,
/// and only a signed one is looked into. Dispose it to give its buffers back.
/// </summary>
public sealed class WhatsAppWebhookBody : IDisposable
{
    public const int MaxBytes = WebhookBody.MaxBytes;

    private readonly WebhookBody? body;

    private WhatsAppWebhookBody(WhatsAppBodyVerdict verdict, WebhookBody? body = null) => (Verdict, this.body) = (verdict, body);

    public WhatsAppBodyVerdict Verdict { get; }

    /// <summary>The raw body; empty unless the verdict is <see cref="WhatsAppBodyVerdict.Signed"/>.</summary>
    public ReadOnlySpan<byte> Bytes => body is null ? default : body.Bytes;

    public static async Task<WhatsAppWebhookBody> ReadAsync(
        Stream body, long? declaredLength, byte[]? claimedDigest, string appSecret, TimeSpan timeout, TimeProvider time,
        CancellationToken cancellationToken)
    {
        // Without a claimed digest the body is refused whatever it holds: it is counted through one reused chunk so that
        // one past the limit gets the same 413 as a signed one, and any other the 401.
        using var hash = claimedDigest is null ? null : WhatsAppSignature.CreateHash(appSecret);
        var read = await WebhookBody.ReadAsync(body, declaredLength, timeout, time, keep: hash is not null, hash, cancellationToken);
        var verdict = read.Outcome switch
        {
            WebhookBodyOutcome.TooLarge => WhatsAppBodyVerdict.TooLarge,
            WebhookBodyOutcome.TooSlow => WhatsAppBodyVerdict.TooSlow,
            _ when hash is null || !WhatsAppSignature.Matches(hash, claimedDigest) => WhatsAppBodyVerdict.BadSignature,
            _ => WhatsAppBodyVerdict.Signed,
        };
        if (verdict == WhatsAppBodyVerdict.Signed) return new WhatsAppWebhookBody(verdict, read);
        read.Dispose();
        return new WhatsAppWebhookBody(verdict);
    }

    public void Dispose() => body?.Dispose();
}
