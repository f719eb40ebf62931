namespace NewsBot.Delivery;

/// <summary>
/// "Send what is planned now, not at the next tick": asked for by whoever plans deliveries (new articles, a confirmed
/// broadcast, digests, resumed delivery, a citizen's reply window opening). Delivery owns the need; the scheduler,
/// which runs the dispatch job, answers it.
/// </summary>
public interface IDispatchNow
{
    Task TriggerAsync(CancellationToken cancellationToken);
}
