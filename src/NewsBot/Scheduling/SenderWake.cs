using NewsBot.Delivery;

namespace NewsBot.Scheduling;

/// <summary>
/// "Dispatch now" with several instances: the sender (see <see cref="SenderJob"/>) runs all the time, so it is only
/// woken. On the sending instance that is at once; planned on another, the rows are found by the sender's next look
/// (Scheduling:DispatchInterval).
/// </summary>
public sealed class SenderWake(DispatchSignal sender) : IDispatchNow
{
    public Task TriggerAsync(CancellationToken cancellationToken)
    {
        sender.Raise();
        return Task.CompletedTask;
    }
}
