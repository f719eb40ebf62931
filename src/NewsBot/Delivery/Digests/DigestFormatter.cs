using System.Globalization;
using System.Text;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;
using Telegram.Bot.Extensions;

namespace NewsBot.Delivery.Digests;

/// <summary>
/// Puts a digest into one message: a header, then each article's title and link, newest first. When they do not all
/// fit in the message (or exceed <see cref="MaxItems"/>, more than a small screen should scroll), the newest ones are
/// shown and the rest counted, with the command that lists them.
/// </summary>
public static class DigestFormatter
{
    public const int MaxItems = 20;
    private const int MaxTitleCodePoints = 150;

    // Below the platforms' 4096 so the counted rest and rounding never push a digest over.
    private const int MaxTextLength = 3_900;

    public static (string Html, string Plain) ForTelegram(IReadOnlyList<DigestItem> items, string language)
    {
        var (header, lines, more) = Layout(items, language, latestCommand: language == "en" ? "/latest" : "/terbaru", escape: s => s);
        var html = new StringBuilder("<b>").Append(HtmlText.Escape(header)).Append("</b>\n");
        var plain = new StringBuilder(header).Append('\n');
        foreach (var (title, url) in lines)
        {
            html.Append("\n• ").Append(HtmlText.Escape(title)).Append('\n').Append(HtmlText.Escape(url));
            plain.Append("\n• ").Append(title).Append('\n').Append(url);
        }

        if (more is not null)
        {
            html.Append("\n\n").Append(HtmlText.Escape(more));
            plain.Append("\n\n").Append(more);
        }

        return (html.ToString(), plain.ToString());
    }

    /// <summary>WhatsApp users type words without a slash; titles are escaped so a '*' in one formats nothing.</summary>
    public static string ForWhatsApp(IReadOnlyList<DigestItem> items, string language)
    {
        var (header, lines, more) = Layout(items, language, latestCommand: language == "en" ? "LATEST" : "TERBARU", WhatsAppNewsFormatter.Escape);
        var text = new StringBuilder("*").Append(header).Append("*\n");
        foreach (var (title, url) in lines) text.Append("\n• ").Append(title).Append('\n').Append(url);
        if (more is not null) text.Append("\n\n").Append(more);
        return text.ToString();
    }

    /// <summary>The header of a digest of <paramref name="count"/> articles, also the title of its template form.</summary>
    public static string Header(int count, string language) => string.Format(
        CultureInfo.InvariantCulture, language == "en" ? "Your daily news digest: {0} articles" : "Ringkasan berita harian Anda: {0} berita", count);

    private static (string Header, List<(string Title, string Url)> Lines, string? More) Layout(
        IReadOnlyList<DigestItem> items, string language, string latestCommand, Func<string, string> escape)
    {
        var header = Header(items.Count, language);
        // Room for the longest possible "and N more" line is kept back from the start.
        var used = header.Length + 80;
        var lines = new List<(string, string)>();
        foreach (var item in items.Take(MaxItems))
        {
            var title = escape(TelegramNewsFormatter.Truncate(Collapse(item.Title), MaxTitleCodePoints));
            var length = title.Length + item.Url.Length + 4;
            if (used + length > MaxTextLength) break;
            used += length;
            lines.Add((title, item.Url));
        }

        var rest = items.Count - lines.Count;
        string? more = rest == 0 ? null : string.Format(
            CultureInfo.InvariantCulture,
            language == "en" ? "…and {0} more. Send {1} to see the newest." : "…dan {0} berita lainnya. Kirim {1} untuk melihat yang terbaru.",
            rest, latestCommand);
        return (header, lines, more);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
