using System.Net;

namespace NewsBot.Bench;

/// <summary>
/// A request body of <paramref name="size"/> bytes written from one reused buffer, chunked or with a Content-Length:
/// the sender's memory stays flat, so what the benchmark measures is the receiver's.
/// </summary>
public sealed class OversizedContent(long size, bool declareLength) : HttpContent
{
    private const int ChunkBytes = 64 * 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkBytes];
        Array.Fill(chunk, (byte)'a');
        for (long sent = 0; sent < size; sent += ChunkBytes)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(ChunkBytes, size - sent)), cancellationToken);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    // Without a length HttpClient sends Transfer-Encoding: chunked, so the receiver cannot know the size up front.
    protected override bool TryComputeLength(out long length)
    {
        length = size;
        return declareLength;
    }
}
