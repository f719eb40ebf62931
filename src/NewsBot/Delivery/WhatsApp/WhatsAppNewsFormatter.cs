using System.Text;
using NewsBot.Delivery.Telegram;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>
/// Puts a news message into WhatsApp's text format: the title in *bold*, the summary, the link as a plain URL (WhatsApp
/// makes it clickable and previews it), hashtags. Within WhatsApp's 4096 characters.
/// </summary>
public static class WhatsAppNewsFormatter
{
    public const int MaxMessageChars = 4096;
    private const int MaxTitleCodePoints = 300;

    /// <summary>The text parameters of a template may not hold line breaks, tabs or long runs of spaces.</summary>
    private const int MaxTemplateParameterCodePoints = 700;

    public static string Format(NewsMessage message)
    {
        if (message.Kind != NewsKind.Article) return FormatBroadcast(message);
        var readMore = message.Language == "en" ? "Read more" : "Baca selengkapnya";
        var title = Escape(TelegramNewsFormatter.Truncate(Collapse(message.Title), MaxTitleCodePoints));
        var hashtags = Escape(string.Join(' ', message.Tags.Select(t => "#" + t)));
        var fixedPart = $"**\n\n\n\n{readMore}: {message.Url}\n{hashtags}";
        // WhatsApp counts UTF-16 characters, a stricter count than code points: cut the summary by that.
        var room = MaxMessageChars - fixedPart.Length - title.Length;
        var summary = Escape(Collapse(message.Summary));
        if (summary.Length > room) summary = TelegramNewsFormatter.Truncate(summary, Math.Max(0, room));
        // Characters outside the BMP (emoji) count twice: halve the budget in the rare case that still does not fit.
        if (summary.Length > room) summary = TelegramNewsFormatter.Truncate(summary, Math.Max(0, room / 2));

        var text = new StringBuilder().Append('*').Append(title).Append("*\n\n");
        if (summary.Length > 0) text.Append(summary).Append("\n\n");
        text.Append(readMore).Append(": ").Append(message.Url);
        if (hashtags.Length > 0) text.Append('\n').Append(hashtags);
        return text.ToString();
    }

    /// <summary>An admin's broadcast: a bold header, then the text as typed with its line breaks; no link line or hashtags.</summary>
    private static string FormatBroadcast(NewsMessage message)
    {
        var header = BroadcastHeader.For(message.Kind, message.Language);
        var room = MaxMessageChars - header.Length - 4;
        var text = Escape(message.Summary.Trim());
        if (text.Length > room) text = TelegramNewsFormatter.Truncate(text, room);
        // WhatsApp counts UTF-16 characters: emoji count twice, so cut again in the rare case that still does not fit.
        if (text.Length > room) text = TelegramNewsFormatter.Truncate(text, room / 2);
        return $"*{header}*\n\n{text}";
    }

    /// <summary>
    /// The body parameters of a template, in the configured order, each on one line as Meta requires. A broadcast's
    /// title carries its header, and a broadcast without a link gets a dash: Meta refuses an empty parameter.
    /// </summary>
    public static IReadOnlyList<string> TemplateParameters(NewsMessage message, IEnumerable<string> names) =>
        names.Select(name => name switch
        {
            "title" when message.Kind != NewsKind.Article =>
                Escape(BroadcastHeader.For(message.Kind, message.Language) + ": " + Collapse(message.Title)),
            "url" when message.Url.Length == 0 => "-",
            "title" => Escape(Collapse(message.Title)),
            "summary" => Escape(Collapse(message.Summary)),
            "url" => message.Url,
            "tags" => Escape(string.Join(", ", message.Tags)),
            _ => "",
        }).Select(value => TelegramNewsFormatter.Truncate(value, MaxTemplateParameterCodePoints)).ToList();

    /// <summary>
    /// WhatsApp has no escape character: a title like "Harga *cabai* naik" would turn bold. The markers are replaced by
    /// their full-width look-alikes, which read the same and format nothing.
    /// </summary>
    public static string Escape(string text) => text
        .Replace('*', '\uFF0A')
        .Replace('_', '\uFF3F')
        .Replace('~', '\uFF5E')
        .Replace('`', '\u02CB');

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
