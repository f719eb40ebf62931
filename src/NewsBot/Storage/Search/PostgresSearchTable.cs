using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage.Search;

/// <summary>
/// PostgreSQL's table "ArticleSearch" (created by a migration): the article's Id and one tsvector, the title's stems
/// weighted A and the summary's B, under a GIN index. Both the stored stems and the query go through the 'simple'
/// configuration, which only lowercases and splits: the Indonesian stemming is the app's own, as on SQLite.
/// </summary>
public sealed class PostgresSearchTable : ISearchTable
{
    // ts_rank's weights are listed {D, C, B, A}: a title (A) word counts three times a summary (B) word, as bm25 on SQLite.
    private static readonly string RankWeights = string.Create(CultureInfo.InvariantCulture,
        $"{{0, 0, {SearchWeights.Body / SearchWeights.Title:0.####}, 1}}");

    // Several instances insert articles at once and a lower Id may commit after a higher one, so "above the highest
    // indexed Id" could skip an article for good: the table is asked which articles it lacks (an anti-join on its key).
    public Task<List<long>> UnindexedAsync(NewsBotDbContext db, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"""
            SELECT a."Id" AS "Value" FROM "Articles" a
            WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s."ArticleId" = a."Id")
            ORDER BY a."Id" LIMIT {limit}
            """).ToListAsync(cancellationToken);

    public async Task<bool> HoldsAsync(NewsBotDbContext db, long articleId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"""SELECT count(*) AS "Value" FROM "ArticleSearch" WHERE "ArticleId" = {articleId}""")
            .SingleAsync(cancellationToken) > 0;

    public Task PutAsync(NewsBotDbContext db, long articleId, string titleStems, string bodyStems, CancellationToken cancellationToken) =>
        // An upsert: two instances indexing the same new article both succeed, with the same words.
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ArticleSearch" ("ArticleId", "Document")
            VALUES ({articleId}, setweight(to_tsvector('simple', {titleStems}), 'A') || setweight(to_tsvector('simple', {bodyStems}), 'B'))
            ON CONFLICT ("ArticleId") DO UPDATE SET "Document" = excluded."Document"
            """, cancellationToken);

    public Task<List<SearchHit>> QueryAsync(
        NewsBotDbContext db, IReadOnlyList<string> terms, bool allTerms, int limit, CancellationToken cancellationToken)
    {
        // Each stem quoted as one phrase (a stem holds letters, digits and inner hyphens; a quote would be doubled), so
        // nothing typed reaches the query syntax; & for every word, | for any.
        var query = string.Join(allTerms ? " & " : " | ", terms.Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'"));
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT a."Id", a."Title", a."Url", a."PublishedUtc"
            FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId", to_tsquery('simple', {query}) q
            WHERE s."Document" @@ q
            ORDER BY ts_rank({RankWeights}::real[], s."Document", q) DESC, a."PublishedUtc" DESC, a."Id" DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }
}
