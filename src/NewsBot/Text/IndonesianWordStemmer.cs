using Lucene.Net.Analysis.Id;

namespace NewsBot.Text;

/// <summary>
/// Reduces an Indonesian word to its stem ("kebanjiran", "banjirnya" → "banjir") with Lucene.Net's Indonesian stemmer
/// (particles, possessives, then derivational prefixes and suffixes), so a keyword rule matches every inflected form.
/// Lucene's stemmer keeps per-word state in fields, so each call uses its own instance.
/// </summary>
public static class IndonesianWordStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        // Short words and words with digits are names, codes or numbers, which stemming would only damage.
        if (lower.Length < 4 || lower.Any(char.IsDigit)) return lower;
        var chars = lower.ToCharArray();
        var length = new IndonesianStemmer().Stem(chars, chars.Length, stemDerivational: true);
        return new string(chars, 0, length);
    }
}
