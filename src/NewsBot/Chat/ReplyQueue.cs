using System.Threading.Channels;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>
/// Answers wait here for their turn under the platform's limits, so the code that reads commands goes on reading them:
/// when a thousand citizens write within seconds, every one is subscribed at once and every one gets an answer, paced.
/// Many workers take answers in arrival order; a worker waiting for one chat's turn (one message a second on Telegram)
/// does not hold up the answers to other chats, and the answers to one chat keep their order. When the queue is full the
/// reader waits, so nothing is dropped here. Answers still queued when the app stops are not sent: the commands
/// themselves have already taken effect.
/// </summary>
public sealed partial class ReplyQueue(ILogger<ReplyQueue> logger) : BackgroundService
{
    private const int Capacity = 10_000;

    /// <summary>Answers in flight at once; most of them only wait (for a permit, or a chat's turn), which costs nothing.</summary>
    private const int Workers = 256;

    private readonly Channel<QueuedReply> pending = Channel.CreateBounded<QueuedReply>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    // The last answer queued for each chat that has one in flight: the next answer to that chat starts after it.
    private readonly Dictionary<string, Task> lastPerChat = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public int Waiting => pending.Reader.Count;

    /// <summary>Queues sending an answer to <paramref name="chatKey"/>; returns once it is queued, long before it is sent.</summary>
    public ValueTask EnqueueAsync(string chatKey, Func<CancellationToken, Task> send, CancellationToken cancellationToken) =>
        EnqueueAsync(HoldPlace(chatKey), send, cancellationToken);

    /// <summary>
    /// Queues sending an answer in a place held before the command ran, so that anything the command set off (a
    /// broadcast's report) comes after its answer.
    /// </summary>
    public ValueTask EnqueueAsync(ReplyPlace place, Func<CancellationToken, Task> send, CancellationToken cancellationToken) =>
        pending.Writer.WriteAsync(new QueuedReply(place, send), cancellationToken);

    /// <summary>
    /// Sends a message that is not an answer (a broadcast's progress, an alert) in the same order as the answers to that
    /// chat: after the ones already queued, before the ones queued later. The caller waits for it.
    /// </summary>
    public async Task<T> SendInOrderAsync<T>(string chatKey, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var place = HoldPlace(chatKey);
        try
        {
            await place.Previous.WaitAsync(cancellationToken);
            return await send(cancellationToken);
        }
        finally
        {
            Release(place);
        }
    }

    /// <summary>The key under which a chat's messages keep their order.</summary>
    public static string ChatKey(ChannelKind channel, string chatId) => $"{channel}:{chatId}";

    /// <summary>Holds the last place in the chat's line; it must end in <see cref="EnqueueAsync(ReplyPlace, Func{CancellationToken, Task}, CancellationToken)"/> or <see cref="Release"/>.</summary>
    public ReplyPlace HoldPlace(string chatKey)
    {
        lock (gate)
        {
            var place = new ReplyPlace(chatKey, lastPerChat.GetValueOrDefault(chatKey) ?? Task.CompletedTask);
            lastPerChat[chatKey] = place.Done.Task;
            return place;
        }
    }

    /// <summary>Lets the messages after this place go: it was used, or there is nothing to send in it.</summary>
    public void Release(ReplyPlace place)
    {
        place.Done.TrySetResult();
        lock (gate)
        {
            // Forget the chat once its last queued message is out, so the map holds only chats with messages in flight.
            if (lastPerChat.TryGetValue(place.ChatKey, out var last) && last == place.Done.Task) lastPerChat.Remove(place.ChatKey);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var reply in pending.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await reply.Place.Previous.WaitAsync(stoppingToken);
                    await reply.Send(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogSendFailed(logger, ex);
                }
                finally
                {
                    Release(reply.Place);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed record QueuedReply(ReplyPlace Place, Func<CancellationToken, Task> Send);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending an answer failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}
