using NewsBot.Text;

namespace NewsBot.Storage.Search;

/// <summary>
/// The words search compares: content words (no function words, no bare numbers) reduced to their Indonesian stem, the
/// same for an article's text and for a query, so "banjir" finds "kebanjiran". Tokens hold only letters, digits and
/// inner hyphens, so nothing a user types can reach the full-text query syntax.
/// </summary>
public static class SearchTerms
{
    public static IReadOnlyList<string> Of(string text) =>
        IndonesianWords.ContentWords(IndonesianWords.Tokens(text)).Select(IndonesianWordStemmer.Stem).Distinct().ToList();

    /// <summary>The stems of a text as one space-separated line, the form the index stores.</summary>
    public static string Indexed(string text) =>
        string.Join(' ', IndonesianWords.ContentWords(IndonesianWords.Tokens(text)).Select(IndonesianWordStemmer.Stem));
}
