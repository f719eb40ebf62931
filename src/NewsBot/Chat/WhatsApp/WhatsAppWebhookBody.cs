using System.Buffers;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// A webhook body read the way an untrusted upload must be: in small chunks into a pooled buffer, fed to the HMAC as
/// it arrives, never more than <see cref="MaxBytes"/> kept, and given up the moment it passes that limit or the
/// deadline. A stream of any length therefore costs at most one buffer of the limit while it is read, and nothing after.
/// Dispose it to give the buffer back.
/// </summary>
public sealed class WhatsAppWebhookBody : IDisposable
{
    /// <summary>Meta's webhooks are a few kilobytes; anything near this is not from Meta.</summary>
    public const int MaxBytes = 1024 * 1024;

    // Most webhooks fit in the first chunk; a larger body grows the buffer by doubling, up to the limit.
    private const int ChunkBytes = 16 * 1024;

    private byte[]? buffer;
    private readonly int length;

    private WhatsAppWebhookBody(WhatsAppBodyVerdict verdict, byte[]? buffer = null, int length = 0) =>
        (Verdict, this.buffer, this.length) = (verdict, buffer, length);

    public WhatsAppBodyVerdict Verdict { get; }

    /// <summary>The raw body; empty unless the verdict is <see cref="WhatsAppBodyVerdict.Signed"/>.</summary>
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, length);

    public static async Task<WhatsAppWebhookBody> ReadAsync(
        Stream body, long? declaredLength, byte[] claimedDigest, string appSecret, TimeSpan timeout, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (declaredLength > MaxBytes) return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooLarge);

        // Kestrel already drops bodies slower than MinRequestBodyDataRate; a deadline for the whole body also stops one
        // that trickles just fast enough from holding its buffer for minutes.
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var pooled = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(declaredLength ?? ChunkBytes, 1, MaxBytes));
        var handedOn = false;
        try
        {
            using var hash = WhatsAppSignature.CreateHash(appSecret);
            var read = 0;
            while (true)
            {
                var capacity = Math.Min(pooled.Length, MaxBytes);
                if (read == capacity)
                {
                    if (capacity == MaxBytes)
                    {
                        // Full at the limit: one more byte says whether the body goes past it.
                        if (await body.ReadAsync(new byte[1], linked.Token) > 0) return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooLarge);
                        break;
                    }

                    pooled = Grow(pooled, read);
                    capacity = Math.Min(pooled.Length, MaxBytes);
                }

                var got = await body.ReadAsync(pooled.AsMemory(read, Math.Min(ChunkBytes, capacity - read)), linked.Token);
                if (got == 0) break;
                hash.AppendData(pooled, read, got);
                read += got;
            }

            if (!WhatsAppSignature.Matches(hash, claimedDigest)) return new WhatsAppWebhookBody(WhatsAppBodyVerdict.BadSignature);
            handedOn = true;
            return new WhatsAppWebhookBody(WhatsAppBodyVerdict.Signed, pooled, read);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooSlow);
        }
        finally
        {
            if (!handedOn) ArrayPool<byte>.Shared.Return(pooled);
        }
    }

    private static byte[] Grow(byte[] pooled, int used)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(pooled.Length * 2, MaxBytes));
        pooled.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(pooled);
        return larger;
    }

    public void Dispose()
    {
        if (buffer is null) return;
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = null;
    }
}
