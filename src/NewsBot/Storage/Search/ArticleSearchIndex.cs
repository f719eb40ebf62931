using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage.Search;

/// <summary>
/// Full-text search over past articles, on SQLite's FTS5 table "ArticleSearch" (created by a migration; rowid = the
/// article's Id; columns Title and Body hold stems, see <see cref="SearchTerms"/>). Everything FTS5-specific lives here.
/// The index keeps itself up to date without the ingestion code: every article with an Id above the highest indexed one
/// is added before each search and by a periodic job; an article edited at the source is re-indexed by the store.
/// On another provider (PostgreSQL has no FTS5) it falls back to matching the stems inside titles and summaries, until
/// that provider gets its own full-text index here.
/// </summary>
public sealed partial class ArticleSearchIndex(IDbContextFactory<NewsBotDbContext> contexts, ILogger<ArticleSearchIndex> logger)
{
    private const int IndexBatch = 200;

    // A title word says more about an article than a word in its summary.
    private const double TitleWeight = 3.0;
    private const double BodyWeight = 1.0;

    // FTS5 refuses a rowid twice: one indexer at a time (SQLite is one node, so one process).
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
        if (!db.Database.IsSqlite()) return;
        await indexing.WaitAsync(cancellationToken);
        try
        {
            var indexed = await db.Database
                .SqlQuery<long>($"""SELECT count(*) AS "Value" FROM "ArticleSearch" WHERE rowid = {articleId}""")
                .SingleAsync(cancellationToken);
            var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
                .Select(a => new { a.Title, a.Summary }).SingleOrDefaultAsync(cancellationToken);
            if (indexed == 0 || article is null) return;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "ArticleSearch" WHERE rowid = {articleId}""", cancellationToken);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ArticleSearch" (rowid, "Title", "Body")
                VALUES ({articleId}, {SearchTerms.Indexed(article.Title)}, {SearchTerms.Indexed(article.Summary)})
                """, cancellationToken);
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
        if (!db.Database.IsSqlite()) return new SearchResult(await ContainsAsync(db, terms, limit, cancellationToken), AllWords: true);
        await IndexNewAsync(db, cancellationToken);

        // Each term is quoted: a stem holds letters, digits and hyphens only, and quoting makes even those literal.
        var quoted = terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").ToList();
        var hits = await QueryAsync(db, string.Join(" AND ", quoted), limit, cancellationToken);
        if (hits.Count > 0 || terms.Count == 1) return new SearchResult(hits, AllWords: true);
        return new SearchResult(await QueryAsync(db, string.Join(" OR ", quoted), limit, cancellationToken), AllWords: false);
    }

    private static Task<List<SearchHit>> QueryAsync(NewsBotDbContext db, string match, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT a."Id", a."Title", a."Url", a."PublishedUtc"
            FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s.rowid
            WHERE "ArticleSearch" MATCH {match}
            ORDER BY bm25("ArticleSearch", {TitleWeight}, {BodyWeight}), a."PublishedUtc" DESC, a."Id" DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);

    private static Task<List<SearchHit>> ContainsAsync(
        NewsBotDbContext db, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking();
        foreach (var term in terms) query = query.Where(a => a.Title.ToLower().Contains(term) || a.Summary.ToLower().Contains(term));
        return query.OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id).Take(limit)
            .Select(a => new SearchHit { Id = a.Id, Title = a.Title, Url = a.Url, PublishedUtc = a.PublishedUtc })
            .ToListAsync(cancellationToken);
    }

    private async Task<int> IndexNewAsync(NewsBotDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return 0;
        await indexing.WaitAsync(cancellationToken);
        try
        {
            var indexed = 0;
            while (true)
            {
                var last = await db.Database
                    .SqlQuery<long>($"""SELECT coalesce(max(rowid), 0) AS "Value" FROM "ArticleSearch" """)
                    .SingleAsync(cancellationToken);
                var batch = await db.Articles.AsNoTracking().Where(a => a.Id > last).OrderBy(a => a.Id).Take(IndexBatch)
                    .Select(a => new { a.Id, a.Title, a.Summary })
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0) break;

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var article in batch)
                {
                    await db.Database.ExecuteSqlAsync($"""
                        INSERT INTO "ArticleSearch" (rowid, "Title", "Body")
                        VALUES ({article.Id}, {SearchTerms.Indexed(article.Title)}, {SearchTerms.Indexed(article.Summary)})
                        """, cancellationToken);
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
