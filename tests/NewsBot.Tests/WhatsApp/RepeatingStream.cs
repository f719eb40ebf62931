namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// A read-only stream of <paramref name="length"/> bytes of 'a' with no known length, so HttpClient sends it chunked
/// and the receiver cannot learn its size up front; it costs the sender no memory.
/// </summary>
public sealed class RepeatingStream(long length) : Stream
{
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var size = (int)Math.Min(buffer.Length, length - position);
        buffer[..size].Fill((byte)'a');
        position += size;
        return size;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
