using System.Text;
using Telegram.Bot.Extensions;

namespace NewsBot.Delivery.Telegram;

/// <summary>
/// Puts a news message into Telegram HTML (title in bold, summary, link, hashtags) with everything escaped, and into a
/// plain-text twin for when Telegram cannot parse the HTML. Both stay within Telegram's 4096 code points.
/// </summary>
public static class TelegramNewsFormatter
{
    public const int MaxMessageCodePoints = 4096;
    private const int MaxTitleCodePoints = 300;

    public static (string Html, string Plain) Format(NewsMessage message)
    {
        if (message.Kind != NewsKind.Article) return FormatBroadcast(message);
        var readMore = message.Language == "en" ? "Read more" : "Baca selengkapnya";
        var title = Truncate(Collapse(message.Title), MaxTitleCodePoints);
        var hashtags = string.Join(' ', message.Tags.Select(t => "#" + t.Replace('-', '_')));
        var summary = Collapse(message.Summary);

        // Everything but the summary has a fixed length; the summary gets what is left.
        var fixedPlain = $"{title}\n\n\n\n{readMore}: {message.Url}\n{hashtags}";
        var room = MaxMessageCodePoints - CodePoints(fixedPlain);
        summary = Truncate(summary, Math.Max(0, room));

        var html = new StringBuilder()
            .Append("<b>").Append(HtmlText.Escape(title)).Append("</b>\n\n");
        var plain = new StringBuilder().Append(title).Append("\n\n");
        if (summary.Length > 0)
        {
            html.Append(HtmlText.Escape(summary)).Append("\n\n");
            plain.Append(summary).Append("\n\n");
        }

        html.Append("<a href=\"").Append(HtmlText.Escape(message.Url)).Append("\">").Append(readMore).Append("</a>");
        plain.Append(readMore).Append(": ").Append(message.Url);
        if (hashtags.Length > 0)
        {
            html.Append('\n').Append(HtmlText.Escape(hashtags));
            plain.Append('\n').Append(hashtags);
        }

        return (html.ToString(), plain.ToString());
    }

    /// <summary>
    /// An admin's broadcast: a bold header, then the text exactly as typed (line breaks kept, any link in it left for
    /// Telegram to show); no title, link line or hashtags, which belong to news.
    /// </summary>
    private static (string Html, string Plain) FormatBroadcast(NewsMessage message)
    {
        var header = BroadcastHeader.For(message.Kind, message.Language);
        var text = Truncate(message.Summary.Trim(), MaxMessageCodePoints - CodePoints(header) - 2);
        return ($"<b>{HtmlText.Escape(header)}</b>\n\n{HtmlText.Escape(text)}", $"{header}\n\n{text}");
    }

    public static int CodePoints(string text) => text.EnumerateRunes().Count();

    /// <summary>Cuts to at most <paramref name="maxCodePoints"/> code points, at a word boundary when one is near, ending in "…".</summary>
    public static string Truncate(string text, int maxCodePoints)
    {
        if (text.EnumerateRunes().Count() <= maxCodePoints) return text;
        if (maxCodePoints <= 1) return "";

        var cut = new StringBuilder();
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count == maxCodePoints - 1) break;
            cut.Append(rune.ToString());
            count++;
        }

        var result = cut.ToString();
        var lastSpace = result.LastIndexOf(' ');
        if (lastSpace > result.Length * 2 / 3) result = result[..lastSpace];
        return result.TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>Keeps whole sentences up to <paramref name="maxCodePoints"/>; falls back to a word cut when the first is longer.</summary>
    public static string ShortenAtSentence(string text, int maxCodePoints)
    {
        if (CodePoints(text) <= maxCodePoints) return text;
        var cut = Truncate(text, maxCodePoints);
        var lastStop = cut.LastIndexOfAny(['.', '!', '?']);
        return lastStop > 0 ? cut[..(lastStop + 1)] : cut;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
