using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>
/// The hidden built-in source whose articles are admins' broadcasts. Disabled, so the poller never fetches it; created
/// on the first broadcast.
/// </summary>
public sealed class BroadcastSource(IDbContextFactory<NewsBotDbContext> contexts, TimeProvider time)
{
    /// <summary>Not a web address: it can never collide with a real source, and it says what the source is.</summary>
    public const string Url = "newsbot:broadcasts";

    public async Task<int> EnsureAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } existing) return existing;

        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        var source = new Source
        {
            Name = "Siaran admin",
            Url = Url,
            Kind = SourceKind.Broadcast,
            IsEnabled = false,
            BaselineTaken = true,
            CreatedUtc = now,
            NextCheckUtc = DateTime.MaxValue,
        };
        db.Sources.Add(source);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return source.Id;
        }
        catch (DbUpdateException)
        {
            // Two first broadcasts at once: the unique URL lets one of them create it.
            return await FindAsync(cancellationToken) ?? throw new InvalidOperationException("The broadcast source could not be created.");
        }
    }

    private async Task<int?> FindAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Sources.Where(s => s.Url == Url).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
