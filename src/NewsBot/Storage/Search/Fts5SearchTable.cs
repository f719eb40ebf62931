using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage.Search;

/// <summary>
/// SQLite's FTS5 table "ArticleSearch" (created by a migration): rowid = the article's Id, columns Title and Body hold
/// stems, ranked by bm25 with the title weighted.
/// </summary>
public sealed class Fts5SearchTable : ISearchTable
{
    // One SQLite writer at a time: articles commit in Id order, so everything above the highest indexed Id is new.
    public Task<List<long>> UnindexedAsync(NewsBotDbContext db, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"""
            SELECT a."Id" AS "Value" FROM "Articles" a
            WHERE a."Id" > (SELECT coalesce(max(rowid), 0) FROM "ArticleSearch")
            ORDER BY a."Id" LIMIT {limit}
            """).ToListAsync(cancellationToken);

    public async Task<bool> HoldsAsync(NewsBotDbContext db, long articleId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"""SELECT count(*) AS "Value" FROM "ArticleSearch" WHERE rowid = {articleId}""")
            .SingleAsync(cancellationToken) > 0;

    public async Task PutAsync(NewsBotDbContext db, long articleId, string titleStems, string bodyStems, CancellationToken cancellationToken)
    {
        // FTS5 has no upsert: the old words go first (nothing to delete for a new article).
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "ArticleSearch" WHERE rowid = {articleId}""", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ArticleSearch" (rowid, "Title", "Body") VALUES ({articleId}, {titleStems}, {bodyStems})
            """, cancellationToken);
    }

    public Task<List<SearchHit>> QueryAsync(
        NewsBotDbContext db, IReadOnlyList<string> terms, bool allTerms, int limit, CancellationToken cancellationToken)
    {
        // Each term is quoted: a stem holds letters, digits and hyphens only, and quoting makes even those literal.
        var match = string.Join(allTerms ? " AND " : " OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT a."Id", a."Title", a."Url", a."PublishedUtc"
            FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s.rowid
            WHERE "ArticleSearch" MATCH {match}
            ORDER BY bm25("ArticleSearch", {SearchWeights.Title}, {SearchWeights.Body}), a."PublishedUtc" DESC, a."Id" DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }
}
