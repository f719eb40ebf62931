using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage.Search;

/// <summary>
/// Full-text search over past articles, in the provider's <see cref="ISearchTable"/> (stems, see <see cref="SearchTerms"/>).
/// The index keeps itself up to date without the ingestion code: every article with an Id above the highest indexed one
/// is added before each search and by a periodic job; an article edited at the source is re-indexed by the store.
/// </summary>
public sealed partial class ArticleSearchIndex(IDbContextFactory<NewsBotDbContext> contexts, ISearchTable table, ILogger<ArticleSearchIndex> logger)
{
    private const int IndexBatch = 200;

    // One indexer at a time in this process (FTS5 refuses a rowid twice); PostgreSQL's upsert covers other instances.
    private readonly SemaphoreSlim indexing = new(1, 1);

    /// <summary>Adds the articles stored since the last run; returns how many.</summary>
    public async Task<int> IndexNewAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await IndexNewAsync(db, cancellationToken);
    }

    /// <summary>
    /// Replaces the words of an article already in the index with its current title and summary (it was edited at the
    /// source: a corrected name, a new figure). An article not indexed yet is left to <see cref="IndexNewAsync()"/>.
    /// </summary>
    public async Task ReindexAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await indexing.WaitAsync(cancellationToken);
        try
        {
            var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
                .Select(a => new { a.Title, a.Summary }).SingleOrDefaultAsync(cancellationToken);
            if (article is null || !await table.HoldsAsync(db, articleId, cancellationToken)) return;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await table.PutAsync(db, articleId, SearchTerms.Indexed(article.Title), SearchTerms.Indexed(article.Summary), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            indexing.Release();
        }
    }

    /// <summary>The best <paramref name="limit"/> articles holding every term; if none holds them all, any term.</summary>
    public async Task<SearchResult> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        if (terms.Count == 0) return new SearchResult([], AllWords: true);
        await using var db = contexts.CreateDbContext();
        await IndexNewAsync(db, cancellationToken);

        var hits = await table.QueryAsync(db, terms, allTerms: true, limit, cancellationToken);
        if (hits.Count > 0 || terms.Count == 1) return new SearchResult(hits, AllWords: true);
        return new SearchResult(await table.QueryAsync(db, terms, allTerms: false, limit, cancellationToken), AllWords: false);
    }

    private async Task<int> IndexNewAsync(NewsBotDbContext db, CancellationToken cancellationToken)
    {
        await indexing.WaitAsync(cancellationToken);
        try
        {
            var indexed = 0;
            while (true)
            {
                var ids = await table.UnindexedAsync(db, IndexBatch, cancellationToken);
                if (ids.Count == 0) break;
                var batch = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.Title, a.Summary })
                    .ToListAsync(cancellationToken);

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var article in batch)
                {
                    await table.PutAsync(db, article.Id, SearchTerms.Indexed(article.Title), SearchTerms.Indexed(article.Summary), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                indexed += batch.Count;
            }

            if (indexed > 0) LogIndexed(logger, indexed);
            return indexed;
        }
        finally
        {
            indexing.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Added {Count} articles to the search index")]
    private static partial void LogIndexed(ILogger logger, int count);
}
