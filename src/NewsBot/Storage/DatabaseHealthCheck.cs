using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Storage;

/// <summary>Ready means the database answers: without it nothing can be stored or sent.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<NewsBotDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database cannot be reached; check Storage:ConnectionString and the disk.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"The database failed: {ex.Message}", ex);
        }
    }
}
