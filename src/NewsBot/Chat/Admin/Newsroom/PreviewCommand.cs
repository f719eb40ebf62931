using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Fetching;
using NewsBot.Storage;
using NewsBot.Summaries;
using Telegram.Bot.Extensions;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// /pratinjau &lt;url&gt;: reads an article (or a feed's newest item) as the pipeline would and shows it as Telegram (real
/// HTML formatting) and WhatsApp (the formatter's text) would, with the summary's length against each channel's budget.
/// Nothing is stored or sent to anyone else.
/// </summary>
public sealed class PreviewCommand(PreviewReader reader, ExtractiveSummarizer summarizer, IOptions<SummaryOptions> summaries) : IChatCommand
{
    private static readonly Localized Usage = new(
        "Tulis alamat artikelnya, contoh: /pratinjau https://demakkab.go.id/berita/pasar-murah",
        "Give the article's address, e.g. /preview https://demakkab.go.id/berita/pasar-murah");

    private static readonly Localized NotAUrl = new(
        "{0} bukan alamat web. Tulis alamat lengkap yang diawali http:// atau https://.",
        "{0} is not a web address. Give the full address starting with http:// or https://.");

    private static readonly Localized Header = new("🔎 Pratinjau {0}", "🔎 Preview of {0}");
    private static readonly Localized FeedNote = new("(umpan berita: butir terbarunya)", "(a feed: its newest item)");

    private static readonly Localized TelegramBudget = new(
        "Telegram — ringkasan {0} karakter, anggaran {1} {2}",
        "Telegram — summary of {0} characters, budget {1} {2}");

    private static readonly Localized WhatsAppBudget = new(
        "WhatsApp — ringkasan {0} karakter, anggaran {1}{2}",
        "WhatsApp — summary of {0} characters, budget {1}{2}");

    private static readonly Localized Shortened = new(" (dipendekkan dari {0})", " (shortened from {0})");
    private static readonly Localized Topics = new("Topik: {0}", "Topics: {0}");
    private static readonly Localized NoTopics = new("Topik: tidak ada — berita ini tidak akan sampai ke pelanggan mana pun.", "Topics: none — this article would reach no subscriber.");

    private static readonly Localized Unreachable = new("❌ Tidak dapat mengambil {0}: {1}.", "❌ Could not fetch {0}: {1}.");

    private static readonly Localized PrivateAddress = new(
        "❌ {0} mengarah ke alamat privat atau lokal, yang tidak diambil NewsBot demi keamanan (izinkan dengan Fetching:AllowPrivateAddressesFor).",
        "❌ {0} leads to a private or local address, which NewsBot does not fetch for safety (allow it with Fetching:AllowPrivateAddressesFor).");

    private static readonly Localized TooBig = new(
        "❌ {0} terlalu besar untuk diambil (melebihi batas Fetching:MaxBodyBytes).",
        "❌ {0} is too big to fetch (over the Fetching:MaxBodyBytes limit).");

    private static readonly Localized NotAnArticle = new(
        "❌ {0} tidak tampak seperti artikel ({1}). Coba alamat satu berita, bukan halaman depan atau daftar.",
        "❌ {0} does not look like an article ({1}). Try the address of one news item, not a front page or a list.");

    private static readonly Localized EmptyFeed = new("feed-nya tidak berisi berita", "the feed has no items");
    private static readonly Localized ShortText = new(
        "teks utamanya hanya {0} karakter, sedangkan artikel minimal {1}", "its main text is only {0} characters; an article has at least {1}");

    private const string Rule = "────────────";

    public CommandDescriptor Descriptor { get; } = new(
        "pratinjau", "preview", new("Lihat bagaimana sebuah artikel akan tampil", "See how an article would look"),
        CommandAudience.Admin, new("<url>", "<url>"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count == 0) return new ChatReply(context.Text(Usage));
        if (!Uri.TryCreate(context.Arguments[0], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return new ChatReply(context.Format(NotAUrl, context.Arguments[0]));

        var read = await reader.ReadAsync(url, cancellationToken);
        return read switch
        {
            PreviewArticle.Read article => Show(context, article),
            PreviewArticle.Failed { Problem.Kind: FetchProblemKind.PrivateAddress } => new ChatReply(context.Format(PrivateAddress, url)),
            PreviewArticle.Failed { Problem.Kind: FetchProblemKind.TooLarge } => new ChatReply(context.Format(TooBig, url)),
            PreviewArticle.Failed failed => new ChatReply(context.Format(Unreachable, url, FetchProblemWording.In(failed.Problem, context.Language))),
            PreviewArticle.NotAnArticle { TextChars: { } chars } => new ChatReply(
                context.Format(NotAnArticle, url, context.Format(ShortText, chars, PreviewReader.MinArticleChars))),
            PreviewArticle.NotAnArticle => new ChatReply(context.Format(NotAnArticle, url, context.Text(EmptyFeed))),
            _ => new ChatReply(context.Texts.Failure),
        };
    }

    private ChatReply Show(CommandContext context, PreviewArticle.Read article)
    {
        var language = context.Language;
        var news = new NewsMessage(context.Command.ChatId, article.Title, article.Summary, article.Url, article.Tags, language);
        var (telegramHtml, telegramPlain) = TelegramNewsFormatter.Format(news);

        // WhatsApp shortens the stored summary to its own budget, as its channel does when sending.
        var whatsAppBudget = summaries.Value.BudgetFor(ChannelKind.WhatsApp);
        var whatsAppSummary = article.Summary.Length <= whatsAppBudget
            ? article.Summary
            : summarizer.Summarize(article.Title, article.Summary, whatsAppBudget);
        var whatsApp = WhatsAppNewsFormatter.Format(news with { Summary = whatsAppSummary });

        var telegramBudget = summaries.Value.BudgetFor(ChannelKind.Telegram);
        var header = context.Format(Header, article.Url) + (article.FromFeed ? " " + context.Text(FeedNote) : "");
        var telegramLine = context.Format(TelegramBudget, article.Summary.Length, telegramBudget, article.Summary.Length <= telegramBudget ? "✅" : "⚠️");
        var whatsAppLine = context.Format(WhatsAppBudget, whatsAppSummary.Length, whatsAppBudget,
            whatsAppSummary.Length == article.Summary.Length ? " ✅" : context.Format(Shortened, article.Summary.Length));
        var topics = article.Tags.Count == 0 ? context.Text(NoTopics) : context.Format(Topics, string.Join(", ", article.Tags));

        var plain = Compose(header, telegramLine, telegramPlain, whatsAppLine, whatsApp, topics);
        var html = Compose(HtmlText.Escape(header), $"<b>{HtmlText.Escape(telegramLine)}</b>", telegramHtml,
            $"<b>{HtmlText.Escape(whatsAppLine)}</b>", HtmlText.Escape(whatsApp), HtmlText.Escape(topics));
        return new ChatReply(plain) { TelegramHtml = html };
    }

    private static string Compose(string header, string telegramLine, string telegram, string whatsAppLine, string whatsApp, string topics) =>
        new StringBuilder(header).Append("\n\n")
            .Append(telegramLine).Append('\n').Append(Rule).Append('\n').Append(telegram).Append('\n').Append(Rule).Append("\n\n")
            .Append(whatsAppLine).Append('\n').Append(Rule).Append('\n').Append(whatsApp).Append('\n').Append(Rule).Append("\n\n")
            .Append(topics).ToString();
}
