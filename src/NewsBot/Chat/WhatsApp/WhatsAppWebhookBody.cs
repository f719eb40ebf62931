using System.Buffers;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// A webhook body read the way an untrusted upload must be: in pooled chunks of 16 KiB, fed to the HMAC as it arrives,
/// never more than <see cref="MaxBytes"/> kept, and given up the moment it passes that limit or the deadline. A stream
/// of any length therefore costs at most the limit while it is read, and nothing after. Only a signed body is joined
/// into one array; dispose it to give that back.
/// </summary>
public sealed class WhatsAppWebhookBody : IDisposable
{
    /// <summary>Meta's webhooks are a few kilobytes; anything near this is not from Meta.</summary>
    public const int MaxBytes = 1024 * 1024;

    // Most webhooks fit in one chunk. Chunks, not one buffer grown by doubling: a refused body leaves no large arrays
    // behind (those live on the large object heap until a full GC), only small ones that are reused.
    private const int ChunkBytes = 16 * 1024;

    private byte[]? buffer;
    private readonly int length;

    private WhatsAppWebhookBody(WhatsAppBodyVerdict verdict, byte[]? buffer = null, int length = 0) =>
        (Verdict, this.buffer, this.length) = (verdict, buffer, length);

    public WhatsAppBodyVerdict Verdict { get; }

    /// <summary>The raw body; empty unless the verdict is <see cref="WhatsAppBodyVerdict.Signed"/>.</summary>
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, length);

    public static async Task<WhatsAppWebhookBody> ReadAsync(
        Stream body, long? declaredLength, byte[]? claimedDigest, string appSecret, TimeSpan timeout, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (declaredLength > MaxBytes) return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooLarge);
        if (claimedDigest is null) return await MeasureUnsignedAsync(body, timeout, time, cancellationToken);

        // Kestrel already drops bodies slower than MinRequestBodyDataRate; a deadline for the whole body also stops one
        // that trickles just fast enough from holding its buffer for minutes.
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var chunks = new List<byte[]>();
        try
        {
            using var hash = WhatsAppSignature.CreateHash(appSecret);
            var length = 0;
            byte[] chunk = [];
            var used = 0;
            while (true)
            {
                if (used == chunk.Length)
                {
                    chunks.Add(chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes));
                    used = 0;
                }

                // At most one byte past the limit is read: it is enough to know the body goes past it.
                var got = await body.ReadAsync(chunk.AsMemory(used, Math.Min(chunk.Length - used, MaxBytes + 1 - length)), linked.Token);
                if (got == 0) break;
                length += got;
                if (length > MaxBytes) return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooLarge);
                hash.AppendData(chunk, used, got);
                used += got;
            }

            if (!WhatsAppSignature.Matches(hash, claimedDigest)) return new WhatsAppWebhookBody(WhatsAppBodyVerdict.BadSignature);
            return new WhatsAppWebhookBody(WhatsAppBodyVerdict.Signed, Join(chunks, length), length);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooSlow);
        }
        finally
        {
            foreach (var chunk in chunks) ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// A body without a usable signature is refused whatever it holds; it is only counted, through one reused chunk and
    /// never kept, so that a body past the limit gets the same 413 as a signed one, and any other the 401.
    /// </summary>
    private static async Task<WhatsAppWebhookBody> MeasureUnsignedAsync(Stream body, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var length = 0;
            while (await body.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, MaxBytes + 1 - length)), linked.Token) is var got and > 0)
            {
                length += got;
                if (length > MaxBytes) return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooLarge);
            }

            return new WhatsAppWebhookBody(WhatsAppBodyVerdict.BadSignature);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WhatsAppWebhookBody(WhatsAppBodyVerdict.TooSlow);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The chunks as one array; only a signed body, which is Meta's and small, gets this far.</summary>
    private static byte[] Join(List<byte[]> chunks, int length)
    {
        var whole = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        var at = 0;
        foreach (var chunk in chunks)
        {
            var part = Math.Min(chunk.Length, length - at);
            chunk.AsSpan(0, part).CopyTo(whole.AsSpan(at));
            at += part;
        }

        return whole;
    }

    public void Dispose()
    {
        if (buffer is null) return;
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = null;
    }
}
