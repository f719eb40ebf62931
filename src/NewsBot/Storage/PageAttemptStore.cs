using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>The failed article pages of HTML listing sources, so that a broken link is tried a bounded number of times.</summary>
public sealed class PageAttemptStore(IDbContextFactory<NewsBotDbContext> contexts)
{
    /// <summary>The rows of the source for these item keys, by key.</summary>
    public async Task<Dictionary<string, PageAttempt>> FindAsync(int sourceId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.PageAttempts.AsNoTracking()
            .Where(p => p.SourceId == sourceId && itemKeys.Contains(p.ItemKey))
            .ToDictionaryAsync(p => p.ItemKey, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Counts one more failure of the page and returns its row as stored.</summary>
    public async Task<PageAttempt> RecordFailureAsync(
        int sourceId, string itemKey, Uri url, string error, bool fromBackCatalogue, int maxAttempts, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var db = contexts.CreateDbContext();
        var attempt = await db.PageAttempts.SingleOrDefaultAsync(p => p.SourceId == sourceId && p.ItemKey == itemKey, cancellationToken);
        if (attempt is null)
        {
            attempt = new PageAttempt { SourceId = sourceId, ItemKey = itemKey, Url = Truncate(url.ToString(), 2000), FromBackCatalogue = fromBackCatalogue };
            db.PageAttempts.Add(attempt);
        }

        attempt.Failures++;
        attempt.LastError = Truncate(error, 1000);
        attempt.LastFailedUtc = nowUtc;
        if (attempt.Failures >= maxAttempts) attempt.GaveUpUtc ??= nowUtc;
        await db.SaveChangesAsync(cancellationToken);
        return attempt;
    }

    /// <summary>Forgets the rows of pages that were read and stored after all.</summary>
    public async Task ForgetAsync(int sourceId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken)
    {
        if (itemKeys.Count == 0) return;
        await using var db = contexts.CreateDbContext();
        await db.PageAttempts.Where(p => p.SourceId == sourceId && itemKeys.Contains(p.ItemKey)).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;
}
