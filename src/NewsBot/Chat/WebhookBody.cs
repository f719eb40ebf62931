using System.Buffers;
using System.Security.Cryptography;

namespace NewsBot.Chat;

/// <summary>
/// A webhook body read the way an untrusted upload must be: in pooled chunks of 16 KiB, never more than
/// <see cref="MaxBytes"/> kept, and given up the moment it passes that limit or the deadline. A stream of any length
/// therefore costs at most the limit while it is read. Shared by the Telegram and WhatsApp webhooks; dispose it to give
/// the chunks back.
/// </summary>
public sealed class WebhookBody : IDisposable
{
    /// <summary>Telegram's updates and Meta's webhooks are a few kilobytes; anything near this is from someone else.</summary>
    public const int MaxBytes = 1024 * 1024;

    // Chunks, not one buffer grown by doubling: a refused body leaves no large arrays behind (those live on the large
    // object heap until a full GC), only small ones that are reused. Most webhooks fit in one chunk.
    private const int ChunkBytes = 16 * 1024;

    private readonly int length;
    private List<byte[]>? chunks;
    private byte[]? joined;

    private WebhookBody(WebhookBodyOutcome outcome, List<byte[]>? chunks = null, int length = 0) =>
        (Outcome, this.chunks, this.length) = (outcome, chunks, length);

    public WebhookBodyOutcome Outcome { get; }

    /// <summary>The body; empty unless it was read <see cref="WebhookBodyOutcome.Complete"/> and kept.</summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            if (chunks is null) return default;
            if (chunks.Count == 1) return chunks[0].AsSpan(0, length);
            // Joined only when asked for: a body the caller refuses (a bad signature) is never copied.
            joined ??= Join(chunks, length);
            return joined.AsSpan(0, length);
        }
    }

    /// <summary>Reads <paramref name="body"/> to its end, the limit or the deadline, whichever comes first.</summary>
    /// <param name="declaredLength">The request's Content-Length: one past the limit is refused without reading a byte.</param>
    /// <param name="keep">
    /// False to only count the bytes (a body refused whatever it holds, so that one past the limit still gets its 413):
    /// they go through one reused chunk and nothing is kept.
    /// </param>
    /// <param name="digest">Fed with the body as it arrives, so a signature is checked without a second pass.</param>
    public static async Task<WebhookBody> ReadAsync(
        Stream body, long? declaredLength, TimeSpan timeout, TimeProvider time, bool keep, IncrementalHash? digest,
        CancellationToken cancellationToken)
    {
        if (declaredLength > MaxBytes) return new WebhookBody(WebhookBodyOutcome.TooLarge);

        // Kestrel already drops bodies slower than MinRequestBodyDataRate; a deadline for the whole body also stops one
        // that trickles just fast enough from holding its buffer for minutes.
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var chunks = new List<byte[]>();
        var handedOn = false;
        try
        {
            var length = 0;
            byte[] chunk = [];
            var used = 0;
            while (true)
            {
                if (used == chunk.Length)
                {
                    if (keep || chunks.Count == 0) chunks.Add(chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes));
                    used = 0;
                }

                // At most one byte past the limit is read: it is enough to know the body goes past it.
                var got = await body.ReadAsync(chunk.AsMemory(used, Math.Min(chunk.Length - used, MaxBytes + 1 - length)), linked.Token);
                if (got == 0) break;
                length += got;
                if (length > MaxBytes) return new WebhookBody(WebhookBodyOutcome.TooLarge);
                digest?.AppendData(chunk, used, got);
                used += got;
            }

            if (!keep) return new WebhookBody(WebhookBodyOutcome.Complete, length: length);
            handedOn = true;
            return new WebhookBody(WebhookBodyOutcome.Complete, chunks, length);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookBody(WebhookBodyOutcome.TooSlow);
        }
        finally
        {
            if (!handedOn)
            {
                foreach (var chunk in chunks) ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }

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
        if (joined is not null) ArrayPool<byte>.Shared.Return(joined);
        joined = null;
        if (chunks is null) return;
        foreach (var chunk in chunks) ArrayPool<byte>.Shared.Return(chunk);
        chunks = null;
    }
}
