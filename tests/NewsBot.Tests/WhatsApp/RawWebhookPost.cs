using System.Globalization;
using System.Net.Sockets;
using System.Text;
using NewsBot.Chat.WhatsApp;

namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// A webhook POST written by hand on a TCP connection, so a test controls exactly how much of the body is sent and
/// when: the answer can be read while the body is still unfinished, which shows the server did not wait for it.
/// </summary>
public sealed class RawWebhookPost : IAsyncDisposable
{
    private readonly TcpClient client = new();
    private NetworkStream stream = null!;

    /// <param name="signature">The value of <paramref name="header"/>; null sends no such header.</param>
    /// <param name="path">The webhook's path; WhatsApp's unless a test of another webhook says otherwise.</param>
    public static async Task<RawWebhookPost> StartAsync(
        Uri bot, string? signature, long? contentLength, string path = WhatsAppWebhook.Path, string header = "X-Hub-Signature-256")
    {
        var post = new RawWebhookPost();
        await post.client.ConnectAsync(bot.Host, bot.Port);
        post.stream = post.client.GetStream();
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: {bot.Authority}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(contentLength is { } length ? $"Content-Length: {length}\r\n" : "Transfer-Encoding: chunked\r\n");
        if (signature is not null) head.Append(CultureInfo.InvariantCulture, $"{header}: {signature}\r\n");
        await post.stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        return post;
    }

    /// <summary>Sends <paramref name="bytes"/> of chunked body; with <paramref name="finish"/>, the closing chunk too.</summary>
    public async Task SendChunksAsync(long bytes, bool finish = false)
    {
        var data = new byte[64 * 1024];
        Array.Fill(data, (byte)'a');
        for (long sent = 0; sent < bytes; sent += data.Length)
        {
            var size = (int)Math.Min(data.Length, bytes - sent);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
            await stream.WriteAsync(data.AsMemory(0, size));
            await stream.WriteAsync("\r\n"u8.ToArray());
        }

        if (finish) await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
    }

    public Task SendAsync(string text) => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    /// <summary>The status code of the answer, read while the body may still be unfinished.</summary>
    public async Task<int> ReadStatusAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var line = new StringBuilder();
        var one = new byte[1];
        while (!line.ToString().EndsWith("\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancel.Token) == 0) throw new IOException($"Connection closed after '{line}'.");
            line.Append((char)one[0]);
        }

        // "HTTP/1.1 413 Payload Too Large"
        return int.Parse(line.ToString().Split(' ')[1], CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
