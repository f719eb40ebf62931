namespace NewsBot.Chat.Citizens;

/// <summary>
/// /hapusdata: erases everything the bot holds about this chat, after a confirmation (buttons, or typing
/// "/hapusdata ya" / "/hapusdata batal"), because it cannot be undone.
/// </summary>
public sealed class DeleteMyDataCommand(ChatSettingsGuard guard) : IChatCommand
{
    private static readonly Localized Question = new(
        "Hapus semua data chat ini? Topik langganan, bahasa dan riwayat pengiriman akan dihapus dan berita tidak dikirim lagi. "
        + "Ini tidak dapat dibatalkan.\nKonfirmasi: /hapusdata ya — batalkan: /hapusdata batal",
        "Erase all data of this chat? Your topics, language and delivery history will be erased and no more news will be sent. "
        + "This cannot be undone.\nConfirm: /deletemydata yes — cancel: /deletemydata cancel");
    private static readonly Localized ConfirmLabel = new("Ya, hapus", "Yes, erase");
    private static readonly Localized CancelLabel = new("Batal", "Cancel");
    private static readonly Localized Erased = new(
        "Semua data chat ini telah dihapus. Terima kasih telah memakai NewsBot; kembali kapan saja dengan /start.",
        "All data of this chat has been erased. Thank you for using NewsBot; come back any time with /start.");
    private static readonly Localized Cancelled = new("Dibatalkan. Data Anda tidak diubah.", "Cancelled. Your data is unchanged.");
    private static readonly Localized Nothing = new(
        "Kami tidak menyimpan data apa pun tentang chat ini.", "We hold no data about this chat.");
    private static readonly Localized Usage = new(
        "Ketik /hapusdata untuk menghapus data Anda (dengan konfirmasi).", "Type /deletemydata to erase your data (you will be asked to confirm).");

    public CommandDescriptor Descriptor { get; } = new(
        "hapusdata", "deletemydata", new("Hapus semua data Anda", "Erase all your data"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments;
        var answer = args.Count == 0 ? "" : args[0].ToLowerInvariant();
        if (args.Count > 1 || answer is not ("" or "ya" or "yes" or "batal" or "cancel" or "tidak" or "no")) return new ChatReply(context.Text(Usage));
        if (answer is "batal" or "cancel" or "tidak" or "no") return Replace(context, context.Text(Cancelled));
        if (await guard.RefusalAsync(context, cancellationToken) is { } refusal) return refusal;

        var command = context.Command;
        var held = context.Subscriber is not null
                   || (await ChatDataEraser.WhatsAppItemsAsync(context.Db, command.Channel, command.ChatId, cancellationToken)).Count > 0;
        if (!held) return Replace(context, context.Text(Nothing));

        if (answer.Length == 0)
        {
            var yes = context.Language == "en" ? "/deletemydata yes" : "/hapusdata ya";
            var no = context.Language == "en" ? "/deletemydata cancel" : "/hapusdata batal";
            return new ChatReply(context.Text(Question))
            {
                Buttons = [[new ChatButton(context.Text(ConfirmLabel), yes), new ChatButton(context.Text(CancelLabel), no)]],
            };
        }

        await ChatDataEraser.EraseAsync(context.Db, context.Subscriber, command.Channel, command.ChatId, cancellationToken);
        context.Subscriber = null;
        return Replace(context, context.Text(Erased));
    }

    /// <summary>An answer to the confirmation buttons takes the question's place, so they cannot be pressed again.</summary>
    private static ChatReply Replace(CommandContext context, string text) =>
        new(text) { ReplacesPressedMessage = context.Command.FromButton };
}
