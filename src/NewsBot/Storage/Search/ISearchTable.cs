namespace NewsBot.Storage.Search;

/// <summary>
/// The provider's full-text table behind <see cref="ArticleSearchIndex"/>: the stems of each article's title and
/// summary, weighted title first. SQLite keeps them in FTS5, PostgreSQL in a tsvector with a GIN index; the index's
/// logic (what to add, when, the every-word-then-any-word fallback) is the same for both.
/// </summary>
public interface ISearchTable
{
    /// <summary>Up to <paramref name="limit"/> stored articles not in the table yet, lowest Id first.</summary>
    Task<List<long>> UnindexedAsync(NewsBotDbContext db, int limit, CancellationToken cancellationToken);

    Task<bool> HoldsAsync(NewsBotDbContext db, long articleId, CancellationToken cancellationToken);

    /// <summary>Adds the article's stems, or replaces them when it is already there.</summary>
    Task PutAsync(NewsBotDbContext db, long articleId, string titleStems, string bodyStems, CancellationToken cancellationToken);

    /// <summary>
    /// The best <paramref name="limit"/> articles holding every stem (or any, when <paramref name="allTerms"/> is
    /// false): title matches weigh three times a summary's, the newest breaks ties.
    /// </summary>
    Task<List<SearchHit>> QueryAsync(NewsBotDbContext db, IReadOnlyList<string> terms, bool allTerms, int limit, CancellationToken cancellationToken);
}
