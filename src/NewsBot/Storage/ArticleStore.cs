using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>Stores articles once: known keys are skipped, and the unique index settles any race with a second writer.</summary>
public sealed class ArticleStore(IDbContextFactory<NewsBotDbContext> contexts)
{
    public async Task<HashSet<string>> KnownKeysAsync(int sourceId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var known = await db.Articles.Where(a => a.SourceId == sourceId && keys.Contains(a.ItemKey))
            .Select(a => a.ItemKey).ToListAsync(cancellationToken);
        return known.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Adds the articles in order and returns the ids of those that were new.</summary>
    public async Task<List<long>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        db.Articles.AddRange(articles);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return articles.Select(a => a.Id).ToList();
        }
        catch (DbUpdateException)
        {
            // Someone stored one of them meanwhile: fall back to one at a time and keep the rest.
            return await AddOneByOneAsync(articles, cancellationToken);
        }
    }

    private async Task<List<long>> AddOneByOneAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var added = new List<long>();
        foreach (var article in articles)
        {
            await using var db = contexts.CreateDbContext();
            article.Id = 0;
            db.Articles.Add(article);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                added.Add(article.Id);
            }
            catch (DbUpdateException)
            {
                // Already there: that is what the unique index is for.
            }
        }

        return added;
    }
}
