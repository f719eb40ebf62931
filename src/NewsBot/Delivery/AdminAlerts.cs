using System.Threading.Channels;

namespace NewsBot.Delivery;

/// <summary>Something the newsroom's admins must act on, in both languages; <paramref name="Key"/> identifies repeats.</summary>
public sealed record AdminAlert(string Key, string Indonesian, string English);

/// <summary>
/// Where delivery code raises alerts for the admins. Raising never blocks nor fails the sender: alerts wait in a small
/// queue (the oldest dropped when it is full) for the chat side to deliver them to the admins' chats.
/// </summary>
public sealed class AdminAlerts
{
    private readonly Channel<AdminAlert> queue = Channel.CreateBounded<AdminAlert>(
        new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Raise(AdminAlert alert) => queue.Writer.TryWrite(alert);

    public ChannelReader<AdminAlert> Pending => queue.Reader;
}
