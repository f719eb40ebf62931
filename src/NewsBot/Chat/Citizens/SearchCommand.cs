using System.Globalization;
using System.Text;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage.Search;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// /cari banjir: the five best-matching past articles (title, date, link), words compared by their Indonesian stem so
/// "banjir" finds "kebanjiran"; newest first among equally good matches.
/// </summary>
public sealed class SearchCommand(ArticleSearchIndex index) : IChatCommand
{
    private const int Shown = 5;
    private const int MaxQueryShown = 60;

    private static readonly Localized NeedWord = new(
        "Tulis kata yang dicari, misalnya: /cari banjir", "Write the word to search for, e.g. /search flood");
    private static readonly Localized OnlyCommonWords = new(
        "\"{0}\" hanya berisi kata umum atau tanda baca. Cari kata yang lebih khusus, misalnya /cari banjir.",
        "\"{0}\" holds only common words or punctuation. Search for a more specific word, e.g. /search banjir.");
    private static readonly Localized NoMatch = new(
        "Tidak ada berita yang cocok dengan \"{0}\". Coba kata lain, atau lihat /terbaru.",
        "No article matches \"{0}\". Try another word, or see /latest.");
    private static readonly Localized Header = new("Hasil pencarian \"{0}\":", "Search results for \"{0}\":");
    private static readonly Localized SomeWords = new(
        "Tidak ada berita dengan semua kata itu; ini yang memuat sebagian:", "No article has all those words; these have some of them:");

    public CommandDescriptor Descriptor { get; } = new(
        "cari", "search", new("Cari berita lama", "Search past news"), Usage: new("<kata>", "<word>"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var query = string.Join(' ', context.Command.RawArguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (query.Length == 0) return new ChatReply(context.Text(NeedWord));
        var shownQuery = Shorten(query);

        var terms = SearchTerms.Of(query);
        if (terms.Count == 0) return new ChatReply(context.Format(OnlyCommonWords, shownQuery));

        var result = await index.SearchAsync(terms, Shown, cancellationToken);
        if (result.Hits.Count == 0) return new ChatReply(context.Format(NoMatch, shownQuery));

        var zone = context.Subscriber?.TimeZone ?? IndonesianTimeZone.Default;
        var offset = IndonesianTimeZone.OffsetOf(zone);
        var text = new StringBuilder(context.Format(Header, shownQuery));
        if (!result.AllWords) text.Append('\n').Append(context.Text(SomeWords));
        text.Append('\n');
        var number = 1;
        foreach (var hit in result.Hits)
        {
            var date = (hit.PublishedUtc + offset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            text.Append('\n').Append(number++).Append(". ").Append(hit.Title).Append('\n')
                .Append(date).Append(" · ").Append(hit.Url).Append('\n');
        }

        return new ChatReply(text.ToString().TrimEnd());
    }

    private static string Shorten(string query) => query.Length <= MaxQueryShown ? query : query[..MaxQueryShown] + "…";
}
