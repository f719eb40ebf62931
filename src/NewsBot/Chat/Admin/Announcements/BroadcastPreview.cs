using System.Text;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Broadcasts;
using NewsBot.Storage;
using Telegram.Bot.Extensions;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>
/// The step before any broadcast goes out: stores a draft and shows the admin the message exactly as subscribers of
/// the admin's channel will see it, how many chats it will reach, and Send / Cancel buttons (or the commands to type).
/// </summary>
public sealed class BroadcastPreview(BroadcastAudience audience, BroadcastDrafts drafts)
{
    private static readonly Localized TooLong = new(
        "Teks terlalu panjang: {0} karakter, paling banyak {1}. Persingkat lalu kirim ulang.",
        "The text is too long: {0} characters, at most {1}. Shorten it and send it again.");

    private static readonly Localized NobodyForTag = new(
        "Tidak ada pelanggan aktif untuk topik {0}, jadi siaran ini tidak akan sampai ke siapa pun. Periksa topiknya, atau kirim ke semua: /siaran semua <teks>",
        "No active subscriber follows {0}, so this broadcast would reach nobody. Check the topic, or send it to everyone: /broadcast all <text>");

    private static readonly Localized NobodyAtAll = new(
        "Belum ada pelanggan aktif; tidak ada yang akan menerima pesan ini.",
        "There are no active subscribers yet; nobody would receive this message.");

    private static readonly Localized HeaderForTag = new(
        "📋 Pratinjau {0} untuk pelanggan topik {1}: {2} chat ({3}).",
        "📋 Preview of {0} to subscribers of {1}: {2} chats ({3}).");

    private static readonly Localized HeaderForAll = new(
        "📋 Pratinjau {0} untuk semua pelanggan: {2} chat ({3}).",
        "📋 Preview of {0} to every subscriber: {2} chats ({3}).");

    private static readonly Localized UrgentNote = new(
        "Dikirim ke semua pelanggan aktif di semua saluran, mendahului semua pesan lain, juga di luar jam tenang.",
        "Goes to every active subscriber on every channel, ahead of all other messages, quiet hours included.");

    private static readonly Localized PausedNote = new(
        "⏸ Pengiriman sedang dijeda (/jeda): siaran ini, juga yang darurat, baru keluar setelah /lanjut.",
        "⏸ Delivery is paused (/pause): this broadcast, urgent or not, goes out only after /resume.");

    private static readonly Localized Footer = new(
        "Kirim sekarang? Tekan ✅ Kirim, atau ketik /kirimsiaran {0}. Batalkan: /batalsiaran {0}. Pratinjau ini berlaku {1} menit.",
        "Send it now? Press ✅ Send, or type /sendbroadcast {0}. Cancel: /cancelbroadcast {0}. This preview is valid for {1} minutes.");

    private static readonly Localized SendButton = new("✅ Kirim", "✅ Send");
    private static readonly Localized CancelButton = new("❌ Batal", "❌ Cancel");

    private const string Rule = "────────────";

    public async Task<ChatReply> DraftAsync(
        CommandContext context, string? tag, string text, bool urgent, TimeSpan validity, CancellationToken cancellationToken)
    {
        if (text.Length > BroadcastDrafts.MaxTextLength)
            return new ChatReply(context.Format(TooLong, text.Length, BroadcastDrafts.MaxTextLength));

        var counts = await audience.CountAsync(tag, cancellationToken);
        var total = counts.Values.Sum();
        if (total == 0) return new ChatReply(tag is null ? context.Text(NobodyAtAll) : context.Format(NobodyForTag, tag));

        var command = context.Command;
        var request = new BroadcastRequest(
            command.Channel, command.ChatId, command.SenderId ?? command.ChatId, context.Language, text, tag, urgent);
        var draft = await drafts.CreateAsync(request, total, cancellationToken);

        var language = context.Language;
        var byChannel = string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {BroadcastWording.Number(c.Value, language)}"));
        var header = context.Format(tag is null ? HeaderForAll : HeaderForTag,
            BroadcastWording.Name(draft, language).ToLowerInvariant(), tag, BroadcastWording.Number(total, language), byChannel);
        if (urgent) header += "\n" + context.Text(UrgentNote);
        if (await DeliveryPause.IsPausedAsync(context.Db, cancellationToken)) header += "\n" + context.Text(PausedNote);
        var footer = context.Format(Footer, draft.Id, (int)validity.TotalMinutes);

        // The message as a subscriber of this channel will see it (the language of its header follows the subscriber).
        var message = new NewsMessage(command.ChatId, "", text, "", [], language, 0, urgent ? NewsKind.UrgentNotice : NewsKind.Broadcast);
        var (html, plain) = TelegramNewsFormatter.Format(message);
        var shown = command.Channel == ChannelKind.WhatsApp ? WhatsAppNewsFormatter.Format(message) : plain;
        var buttons = new List<ChatButton>
        {
            new(context.Text(SendButton), $"/kirimsiaran {draft.Id}"),
            new(context.Text(CancelButton), $"/batalsiaran {draft.Id}"),
        };

        return new ChatReply(Compose(header, shown, footer))
        {
            TelegramHtml = Compose(HtmlText.Escape(header), html, HtmlText.Escape(footer)),
            Buttons = [buttons],
        };
    }

    private static string Compose(string header, string message, string footer) =>
        new StringBuilder(header).Append("\n\n").Append(Rule).Append('\n').Append(message).Append('\n').Append(Rule)
            .Append("\n\n").Append(footer).ToString();
}
