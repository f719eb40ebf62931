using System.Text.RegularExpressions;

namespace NewsBot.Eval.Summaries;

/// <summary>Turns IndoSum's token lists back into the kind of text the bot reads from a news site.</summary>
public static partial class IndoSumText
{
    /// <summary>"Senin ( 27 / 3 ) ." becomes "Senin (27/3)."; quotes are attached to the words they enclose.</summary>
    public static string Sentence(IReadOnlyList<string> tokens)
    {
        var text = string.Join(' ', tokens);
        text = SpaceBeforeClosing().Replace(text, "$1");
        text = SpaceAfterOpening().Replace(text, "$1");
        text = SpacedSlash().Replace(text, "$1/$2").Replace(" - - ", " -- ", StringComparison.Ordinal);
        return StraightQuotes().Replace(text, m => m.Groups[1].Value.Trim() is var inner ? $"\"{inner}\"" : m.Value);
    }

    /// <summary>The whole article as plain text: sentences joined by spaces, paragraphs by blank lines.</summary>
    public static string Article(IndoSumArticle article) =>
        string.Join("\n\n", article.Paragraphs.Select(p => string.Join(' ', p.Select(Sentence))));

    /// <summary>Words (with inner hyphens, apostrophes and digit groups) and single punctuation marks, like the corpus.</summary>
    public static IReadOnlyList<string> Tokens(string text) => TokenPattern().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\w+(?:[-'’]\w+)*|\S")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s+([.,;:!?)\]%”’])")]
    private static partial Regex SpaceBeforeClosing();

    [GeneratedRegex(@"([(\[“‘])\s+")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex(@"(\d)\s*/\s*(\d)")]
    private static partial Regex SpacedSlash();

    [GeneratedRegex(@"""\s*([^""]*?)\s*""")]
    private static partial Regex StraightQuotes();
}
