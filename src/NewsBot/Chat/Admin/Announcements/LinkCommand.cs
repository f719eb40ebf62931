using Microsoft.Extensions.Options;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Extraction;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>
/// /tautan &lt;topik&gt;: the links that subscribe a citizen to a topic in one tap, for posters and the newsroom's website:
/// t.me/&lt;bot&gt;?start=&lt;topic&gt; (with a QR code) and wa.me/&lt;number&gt;?text=LANGGANAN%20&lt;topic&gt;.
/// </summary>
public sealed class LinkCommand(LinkBotUsername botUsername, IOptions<WhatsAppOptions> whatsApp) : IChatCommand
{
    private static readonly Localized Usage = new(
        "Sebutkan topiknya, contoh: /tautan ekonomi",
        "Name the topic, e.g. /link ekonomi");

    private static readonly Localized InvalidTag = new(
        "{0} tidak dapat dipakai sebagai topik. Gunakan huruf dan angka, contoh: /tautan ekonomi",
        "{0} cannot be used as a topic. Use letters and digits, e.g. /link ekonomi");

    private static readonly Localized Header = new("🔗 Tautan berlangganan topik {0}", "🔗 Links that subscribe to {0}");
    private static readonly Localized QrNote = new("Kode QR ini membuka tautan {0}; cetak untuk poster.", "This QR code opens the {0} link; print it for posters.");

    private static readonly Localized NoTelegram = new(
        "Telegram: belum tersedia — isi Telegram:BotUsername (atau Telegram:BotToken) di pengaturan.",
        "Telegram: not available — set Telegram:BotUsername (or Telegram:BotToken) in the settings.");

    private static readonly Localized NoWhatsApp = new(
        "WhatsApp: belum tersedia — isi WhatsApp:DisplayPhoneNumber (nomor bisnis, contoh 6281234567890) di pengaturan.",
        "WhatsApp: not available — set WhatsApp:DisplayPhoneNumber (the business number, e.g. 6281234567890) in the settings.");

    public CommandDescriptor Descriptor { get; } = new(
        "tautan", "link", new("Tautan dan kode QR berlangganan satu topik", "Subscription links and QR code for a topic"),
        CommandAudience.Admin, new("<topik>", "<topic>"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count == 0) return new ChatReply(context.Text(Usage));
        if (TagSlug.Normalize(context.Arguments[0]) is not { } tag) return new ChatReply(context.Format(InvalidTag, context.Arguments[0]));

        var username = await botUsername.GetAsync(cancellationToken);
        var telegram = username is null ? null : $"https://t.me/{username}?start={tag}";
        var number = new string((whatsApp.Value.DisplayPhoneNumber ?? "").Where(char.IsAsciiDigit).ToArray());
        var whatsAppLink = number.Length == 0 ? null : $"https://wa.me/{number}?text=LANGGANAN%20{tag}";

        var lines = new List<string> { context.Format(Header, tag), "" };
        lines.Add(telegram is null ? context.Text(NoTelegram) : $"Telegram: {telegram}");
        lines.Add(whatsAppLink is null ? context.Text(NoWhatsApp) : $"WhatsApp: {whatsAppLink}");

        // The QR code is for the Telegram link; a newsroom on WhatsApp only gets one for its wa.me link.
        var (qrLink, qrChannel) = telegram is not null ? (telegram, "Telegram") : (whatsAppLink, "WhatsApp");
        if (qrLink is null) return new ChatReply(string.Join('\n', lines));
        lines.Add("");
        lines.Add(context.Format(QrNote, qrChannel));
        return new ChatReply(string.Join('\n', lines)) { Image = new ChatImage(LinkQrCode.Png(qrLink), $"tautan-{tag}.png") };
    }
}
