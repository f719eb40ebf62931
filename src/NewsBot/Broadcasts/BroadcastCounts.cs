namespace NewsBot.Broadcasts;

/// <summary>
/// Where a broadcast's deliveries stand. <see cref="Blocked"/> are the chats that turned out unreachable (blocked the
/// bot, deleted, kicked it); <see cref="Failed"/> the rest of what could not be sent; <see cref="Stopped"/> what an
/// admin's stop kept from going out.
/// </summary>
public sealed record BroadcastCounts(int Planned, int Sent, int Failed, int Blocked, int Waiting, int Stopped = 0)
{
    public int Done => Planned - Waiting;
}
