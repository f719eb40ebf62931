using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// After a crash, the rows the dead process had claimed go straight back to the outbox. Those it had sent but not yet
/// recorded are sent again: that is the bound on duplicates (MaxConcurrentSends + RecordBatchSize).
/// </summary>
public sealed partial class OutboxRecovery(
    OutboxClaims claims, IOptions<DeliveryOptions> options, IOptions<StorageOptions> storage, ILogger<OutboxRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // With several instances another one may be sending those rows right now: the sender gives them back when it
        // takes over (Scheduling/SenderJob), never an instance merely starting.
        if (!options.Value.RecoverClaimsOnStart || storage.Value.Provider == StorageProvider.Postgres) return;
        var released = await claims.ReleaseAllClaimsAsync(cancellationToken);
        if (released > 0) LogReleased(logger, released);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Returned {Count} deliveries claimed by a previous run to the outbox")]
    private static partial void LogReleased(ILogger logger, int count);
}
