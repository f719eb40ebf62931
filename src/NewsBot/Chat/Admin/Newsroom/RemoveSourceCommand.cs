using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Sources;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// /hapussumber 3 asks first, with Confirm and Cancel buttons (or "/hapussumber 3 ya" typed). The Confirm button
/// carries a fingerprint of the source's URL, so a button pressed after the number went to another source is refused.
/// </summary>
public sealed class RemoveSourceCommand(IOptions<SourcesOptions> sources) : IChatCommand
{
    private static readonly string[] YesWords = ["ya", "yes", "ok", "hapus", "remove"];
    private static readonly string[] CancelWords = ["batal", "cancel", "tidak", "no"];

    private static readonly Localized Question = new(
        "Hapus sumber #{0} {1}?\n{2}\n{3} artikel dari sumber ini ikut terhapus (berita yang sudah terkirim tetap di chat warga).\n"
        + "Ketik /hapussumber {0} ya untuk menghapus, atau tekan tombol.",
        "Remove source #{0} {1}?\n{2}\nIts {3} stored articles are removed too (news already sent stays in the citizens' chats).\n"
        + "Type /removesource {0} yes to remove it, or press a button.");

    private static readonly Localized Configured = new(
        "Catatan: sumber ini tertulis di konfigurasi (Sources:Feeds) dan kembali saat bot dimulai ulang; hapus juga dari appsettings.json.",
        "Note: this source is listed in the configuration (Sources:Feeds) and comes back when the bot restarts; remove it from appsettings.json too.");

    private static readonly Localized Removed = new("🗑 Sumber #{0} {1} dihapus.", "🗑 Source #{0} {1} was removed.");
    private static readonly Localized Cancelled = new("Dibatalkan; sumber tidak dihapus.", "Cancelled; the source was not removed.");
    private static readonly Localized Stale = new(
        "Konfirmasi ini sudah tidak berlaku: sumber #{0} sekarang adalah sumber lain. Lihat /sumber.",
        "This confirmation is no longer valid: source #{0} is now another source. See /sources.");

    private static readonly Localized YesButton = new("🗑 Ya, hapus", "🗑 Yes, remove");
    private static readonly Localized CancelButton = new("Batal", "Cancel");

    public CommandDescriptor Descriptor { get; } = new(
        "hapussumber", "removesource", new("Hapus sumber berita (dengan konfirmasi)", "Remove a news source (asks first)"),
        CommandAudience.Admin, new("<no>", "<no>"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count > 0 && IsOneOf(context.Arguments[0], CancelWords))
            return new ChatReply(context.Text(Cancelled)) { ReplacesPressedMessage = true };

        var (source, problem) = await SourceArgument.FindAsync(context, Descriptor, cancellationToken);
        if (source is null) return problem!;

        var confirmed = context.Arguments.Count > 1 && IsOneOf(context.Arguments[1], YesWords);
        if (confirmed && context.Arguments.Count > 2 && context.Arguments[2] != Fingerprint(source.Url))
            return new ChatReply(context.Format(Stale, source.Id)) { ReplacesPressedMessage = true };

        if (!confirmed)
        {
            var articles = await context.Db.Articles.CountAsync(a => a.SourceId == source.Id, cancellationToken);
            var text = context.Format(Question, source.Id, source.Name, source.Url, articles);
            if (IsConfigured(source.Url)) text += "\n\n" + context.Text(Configured);
            return new ChatReply(text)
            {
                Buttons =
                [
                    [
                        new ChatButton(context.Text(YesButton), $"/hapussumber {source.Id} ya {Fingerprint(source.Url)}"),
                        new ChatButton(context.Text(CancelButton), "/hapussumber batal"),
                    ],
                ],
            };
        }

        // Articles, their tags and their deliveries go with the source (cascading foreign keys).
        context.Db.Sources.Remove(source);
        await context.Db.SaveChangesAsync(cancellationToken);
        return new ChatReply(context.Format(Removed, source.Id, source.Name)) { ReplacesPressedMessage = true };
    }

    private bool IsConfigured(string url) =>
        sources.Value.Feeds.Any(f => string.Equals(f.Url, url, StringComparison.OrdinalIgnoreCase));

    private static bool IsOneOf(string word, string[] words) => words.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Six hex digits of the URL's hash: enough to tell two sources apart, short enough for a button.</summary>
    public static string Fingerprint(string url) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..6];
}
