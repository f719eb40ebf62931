namespace NewsBot.Text;

/// <summary>
/// Lower-cased word tokens of a sentence, and the Indonesian function words that say nothing about its topic, so that
/// similarity between sentences is carried by names, places and subjects.
/// </summary>
public static class IndonesianWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan", "juga",
        "ada", "adalah", "oleh", "sebagai", "atau", "karena", "saat", "telah", "sudah", "bisa", "dapat", "kata", "ia",
        "kami", "kita", "mereka", "lebih", "para", "tersebut", "bahwa", "tak", "hingga", "namun", "masih", "harus",
        "agar", "jika", "saya", "anda", "lalu", "pun", "lagi", "belum", "sangat", "secara", "yaitu", "yakni", "serta",
        "maka", "bagi", "kepada", "antara", "setelah", "sebelum", "ketika", "bila", "pula", "nya", "sih", "kan", "dia",
        "sebuah", "seorang", "satu", "dua", "tiga", "hal", "banyak", "semua", "tetapi", "tapi", "apa", "siapa", "mana",
        "ya", "tahun", "hari", "the", "of", "and", "to", "in", "a", "is", "ujar", "ungkap", "ucap", "jelas", "tutur",
        "katanya", "ujarnya", "ungkapnya", "jelasnya", "tuturnya", "menurut", "sementara", "selain", "tersebut", "kali",
    };

    /// <summary>Letters and digits runs, lower-cased; hyphenated reduplications ("masing-masing") stay one word.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] == '-' && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>Words that carry content: not function words, not bare numbers, longer than one letter.</summary>
    public static IEnumerable<string> ContentWords(IEnumerable<string> tokens) =>
        tokens.Where(t => t.Length > 1 && !StopWords.Contains(t) && !t.All(char.IsDigit));
}
