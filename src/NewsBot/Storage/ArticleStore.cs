using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>Stores articles once: known keys are skipped, and the unique index settles any race with a second writer.</summary>
public sealed class ArticleStore(IDbContextFactory<NewsBotDbContext> contexts, Search.ArticleSearchIndex search)
{
    /// <summary>The articles of the source that match one of the item keys or one of the GUID keys.</summary>
    public async Task<List<KnownArticle>> FindKnownAsync(
        int sourceId, IReadOnlyCollection<string> itemKeys, IReadOnlyCollection<string> guidKeys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Articles
            .Where(a => a.SourceId == sourceId && (itemKeys.Contains(a.ItemKey) || (a.GuidKey != null && guidKeys.Contains(a.GuidKey))))
            .Select(a => new KnownArticle(a.Id, a.ItemKey, a.GuidKey, a.ContentHash))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Takes over an edit of a stored article; its deliveries are not touched, so nothing is sent again.</summary>
    public async Task UpdateEditedAsync(long articleId, Article edited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edited);
        await using var db = contexts.CreateDbContext();
        await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Title, edited.Title)
            .SetProperty(a => a.Summary, edited.Summary)
            .SetProperty(a => a.Url, edited.Url)
            .SetProperty(a => a.ImageUrl, edited.ImageUrl)
            .SetProperty(a => a.UpdatedUtc, edited.UpdatedUtc)
            .SetProperty(a => a.ContentHash, edited.ContentHash), cancellationToken);
        // A citizen's /cari must find the corrected words, not the first version's.
        await search.ReindexAsync(articleId, cancellationToken);
    }

    /// <summary>Records the content hash of an article stored before hashes existed, without treating it as an edit.</summary>
    public async Task SetContentHashAsync(long articleId, string contentHash, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.Articles.Where(a => a.Id == articleId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ContentHash, contentHash), cancellationToken);
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
