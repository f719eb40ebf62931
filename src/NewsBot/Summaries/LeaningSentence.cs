using System.Text.RegularExpressions;

namespace NewsBot.Summaries;

/// <summary>
/// Sentences that read wrongly without what came before them. Some lean on the sentence just before: a question
/// ("Mengapa cuma 24 jam?" asks about the sentence before it), a demonstrative ("Hal itu", "Ini", "This"), a contrast
/// or consequence ("Namun", "Oleh karena itu", "However"), a continuation ("Selain itu", "Sementara itu"). Others name
/// someone by a pronoun ("Ia", "Mereka", "He") and lean on the sentence that introduced that person: in news, the lead.
/// </summary>
public static partial class LeaningSentence
{
    /// <summary>Needs the sentence just before it.</summary>
    public static bool LeansOnPrevious(string sentence) => Question().IsMatch(sentence) || Connective().IsMatch(sentence);

    /// <summary>Opens with a pronoun for someone named earlier: needs the sentence before it, or the lead that names them.</summary>
    public static bool OpensWithPronoun(string sentence) => Pronoun().IsMatch(sentence);

    [GeneratedRegex(@"\?[""”’'\)]*\s*$")]
    private static partial Regex Question();

    [GeneratedRegex(@"^[""“‘']?\s*(?:" +
        @"hal\s+(?:itu|ini|tersebut|serupa|senada)|itu|ini|" +
        @"namun|tetapi|tapi|akan\s+tetapi|sedangkan|padahal|sebaliknya|" +
        @"(?:oleh\s+)?(?:karena|sebab)\s+itu|oleh\s+karenanya|karenanya|untuk\s+itu|maka|akibatnya|alhasil|" +
        @"(?:meski|meskipun|walau|walaupun|kendati|dengan)\s+(?:demikian|begitu)|" +
        @"selain\s+itu|di\s+samping\s+itu|sementara\s+itu|(?:tak|tidak|bukan)\s+hanya\s+itu|lebih\s+lanjut|" +
        @"(?:setelah|sesudah|sebelum)\s+itu|demikian\s+(?:pula|juga)|begitu\s+pula|" +
        @"however|but|yet|it|this|that|these|those|its|meanwhile|moreover|furthermore|in\s+addition|therefore|thus|" +
        @"nevertheless|nonetheless|instead|also" +
        @")(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Connective();

    [GeneratedRegex(@"^[""“‘']?\s*(?:ia|dia|beliau|mereka|keduanya|ketiganya|pihaknya|menurutnya|he|she|they|his|her|their)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
