using System.Globalization;
using System.Text;

namespace NewsBot.Extraction;

/// <summary>
/// Turns a category or a tag a user typed ("#Ekonomi", "Kesehatan Ibu", "Économie") into the one form stored and matched:
/// lower-case ASCII letters and digits joined by single hyphens, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class TagSlug
{
    public const int MaxLength = 48;

    /// <summary>The slug, or null when nothing usable is left (empty, only punctuation).</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;

        // Decompose so that "é" becomes "e" + a combining mark, which is then dropped.
        var decomposed = raw.Trim().TrimStart('#').Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(ch);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && slug.Length > 0) slug.Append('-');
                pendingHyphen = false;
                slug.Append(lower);
            }
            else
            {
                pendingHyphen = true;
            }

            if (slug.Length >= MaxLength) break;
        }

        return slug.Length == 0 ? null : slug.ToString().TrimEnd('-');
    }
}
