using Microsoft.Extensions.Options;
using NewsBot.Extraction;
using NewsBot.Broadcasts;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>/siaran &lt;topik|semua&gt; &lt;teks&gt;: previews a broadcast to one topic's subscribers or to all; sent only once confirmed.</summary>
public sealed class BroadcastCommand(BroadcastPreview preview, IOptions<BroadcastOptions> options) : IChatCommand
{
    private static readonly string[] Everyone = ["semua", "all"];

    private static readonly Localized Usage = new(
        "Tulis topik (atau semua) lalu teksnya, contoh:\n/siaran ekonomi Pasar murah besok pukul 08.00 di alun-alun.\n/siaran semua Kantor tutup pada hari libur nasional.",
        "Name the topic (or all), then the text, e.g.:\n/broadcast ekonomi Cheap market tomorrow at 8 am on the square.\n/broadcast all The office is closed on the national holiday.");

    private static readonly Localized NeedsText = new(
        "Teks siarannya belum ada. Contoh: /siaran {0} Pasar murah besok pukul 08.00.",
        "The broadcast has no text yet. Example: /broadcast {0} Cheap market tomorrow at 8 am.");

    private static readonly Localized InvalidTag = new(
        "Topik {0} tidak dapat dipakai. Gunakan huruf dan angka (contoh: ekonomi), atau semua untuk semua pelanggan.",
        "{0} cannot be used as a topic. Use letters and digits (e.g. ekonomi), or all for every subscriber.");

    public CommandDescriptor Descriptor { get; } = new(
        "siaran", "broadcast", new("Kirim pesan ke pelanggan satu topik atau semua (dengan pratinjau)", "Send a message to one topic's subscribers or all (with preview)"),
        CommandAudience.Admin, new("<topik|semua> <teks>", "<topic|all> <text>"), InMenu: false);

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var raw = context.Command.RawArguments.Trim();
        if (raw.Length == 0) return Task.FromResult(new ChatReply(context.Text(Usage)));

        var end = raw.IndexOfAny([' ', '\t', '\n', '\r']);
        var target = end < 0 ? raw : raw[..end];
        var text = end < 0 ? "" : raw[(end + 1)..].Trim();
        var tag = Everyone.Contains(target, StringComparer.OrdinalIgnoreCase) ? null : TagSlug.Normalize(target);
        if (tag is null && !Everyone.Contains(target, StringComparer.OrdinalIgnoreCase))
            return Task.FromResult(new ChatReply(context.Format(InvalidTag, target)));
        if (text.Length == 0) return Task.FromResult(new ChatReply(context.Format(NeedsText, tag ?? target)));

        return preview.DraftAsync(context, tag, text, urgent: false, options.Value.DraftLifetime, cancellationToken);
    }
}
