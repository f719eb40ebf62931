using System.Buffers;

namespace NewsBot.Fetching;

/// <summary>Reads a response body while counting, so a huge or endlessly streaming body is abandoned early.</summary>
internal static class CappedBody
{
    /// <summary>The body, or null as soon as more than <paramref name="maxBytes"/> bytes arrive.</summary>
    /// <remarks>
    /// The stream is the handler's decompressed stream, so the count is of expanded bytes: a small gzip body that
    /// inflates to gigabytes stops at the cap instead of filling memory.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
