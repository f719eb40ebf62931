using System.Globalization;
using System.Text;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// Draws one page of the topic picker: the topics with their article counts as text (readable without buttons) and
/// one button per topic that adds or removes it, the chat's topics marked ✅. Eight topics and at most two page
/// buttons make ten, which is also the most rows a WhatsApp list can hold.
/// </summary>
public static class TopicPickerView
{
    public const int PageSize = 8;

    private static readonly Localized Header = new("Topik (jumlah berita), ✅ = langganan Anda:", "Topics (number of articles), ✅ = your subscriptions:");
    private static readonly Localized Footer = new(
        "Halaman {0}/{1}. Tekan topik untuk berlangganan atau berhenti, atau ketik /langganan <topik>.",
        "Page {0}/{1}. Press a topic to subscribe or leave, or type /subscribe <topic>.");
    private static readonly Localized Previous = new("◀ Sebelumnya", "◀ Previous");
    private static readonly Localized Next = new("▶ Berikutnya", "▶ More");

    public static int PageCount(int topics) => Math.Max(1, (topics + PageSize - 1) / PageSize);

    public static ChatReply Render(CommandContext context, IReadOnlyList<TopicCount> topics, int page, string? status)
    {
        var pages = PageCount(topics.Count);
        page = Math.Clamp(page, 1, pages);
        var mine = context.Subscriber?.Tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal) ?? [];
        var shown = topics.Skip((page - 1) * PageSize).Take(PageSize).ToList();

        var text = new StringBuilder();
        if (status is not null) text.Append(status).Append("\n\n");
        text.Append(context.Text(Header)).Append('\n');
        foreach (var topic in shown)
        {
            text.Append(mine.Contains(topic.Tag) ? "✅ " : "• ").Append(CultureInfo.InvariantCulture, $"{topic.Tag} ({topic.Articles})\n");
        }

        text.Append('\n').Append(context.Format(Footer, page, pages));

        var buttons = shown
            .Select(topic => Toggle(topic.Tag, mine.Contains(topic.Tag), page))
            .Chunk(2)
            .Select(IReadOnlyList<ChatButton> (row) => row)
            .ToList();
        var navigation = new List<ChatButton>();
        if (page > 1) navigation.Add(new ChatButton(context.Text(Previous), PageCommand(page - 1)));
        if (page < pages) navigation.Add(new ChatButton(context.Text(Next), PageCommand(page + 1)));
        if (navigation.Count > 0) buttons.Add(navigation);

        return new ChatReply(text.ToString()) { Buttons = buttons, ReplacesPressedMessage = context.Command.FromButton };
    }

    /// <summary>
    /// The button says what it will do (+ add, - remove) rather than "toggle": a press on an old copy of the picker, or
    /// the same press arriving twice, then leaves the chat as the button promised instead of flipping it back.
    /// </summary>
    private static ChatButton Toggle(string tag, bool subscribed, int page) => new(
        subscribed ? "✅ " + tag : tag,
        string.Create(CultureInfo.InvariantCulture, $"/topik {(subscribed ? '-' : '+')}{TopicToken.For(tag)} {page}"));

    private static string PageCommand(int page) => string.Create(CultureInfo.InvariantCulture, $"/topik {page}");
}
