using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Chat.WhatsApp;

namespace NewsBot.Tests.WhatsApp;

/// <summary>The streaming reader at its edges: exactly the limit, one byte over, reads of any size, a stalled sender.</summary>
public sealed class WhatsAppWebhookBodyTests
{
    private const string Secret = "secret";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static byte[] Claim(byte[] body) => WhatsAppSignature.Claimed("sha256=" + WhatsAppSignature.Compute(body, Secret))!;

    private static Task<WhatsAppWebhookBody> ReadAsync(Stream stream, byte[] claimed, long? declared = null) =>
        WhatsAppWebhookBody.ReadAsync(stream, declared, claimed, Secret, Timeout, TimeProvider.System, CancellationToken.None);

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(WhatsAppWebhookBody.MaxBytes)]
    public async Task A_signed_body_up_to_the_limit_is_handed_on_byte_for_byte(int size)
    {
        var body = Encoding.ASCII.GetBytes(new string('x', size));

        using var read = await ReadAsync(new MemoryStream(body), Claim(body));

        Assert.Equal(WhatsAppBodyVerdict.Signed, read.Verdict);
        Assert.True(read.Bytes.SequenceEqual(body));
    }

    [Fact]
    public async Task One_byte_over_the_limit_is_too_large_even_when_signed()
    {
        var body = new byte[WhatsAppWebhookBody.MaxBytes + 1];

        using var read = await ReadAsync(new MemoryStream(body), Claim(body));

        Assert.Equal(WhatsAppBodyVerdict.TooLarge, read.Verdict);
        Assert.Equal(0, read.Bytes.Length);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_too_large_without_reading()
    {
        var stream = new MemoryStream(new byte[10]);

        using var read = await ReadAsync(stream, new byte[32], declared: WhatsAppWebhookBody.MaxBytes + 1L);

        Assert.Equal(WhatsAppBodyVerdict.TooLarge, read.Verdict);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task A_body_that_is_not_the_signed_one_is_refused()
    {
        var body = "{\"a\":1}"u8.ToArray();

        using var read = await ReadAsync(new MemoryStream("{\"a\":2}"u8.ToArray()), Claim(body));

        Assert.Equal(WhatsAppBodyVerdict.BadSignature, read.Verdict);
    }

    [Fact]
    public async Task A_sender_that_stalls_is_given_up_at_the_deadline()
    {
        var time = new FakeTimeProvider();
        var pending = WhatsAppWebhookBody.ReadAsync(new StalledStream(), null, new byte[32], Secret, Timeout, time, CancellationToken.None);

        time.Advance(Timeout);

        using var read = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(WhatsAppBodyVerdict.TooSlow, read.Verdict);
    }

    private sealed class StalledStream : MemoryStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(System.Threading.Timeout.Infinite, cancellationToken);
            return 0;
        }
    }
}
