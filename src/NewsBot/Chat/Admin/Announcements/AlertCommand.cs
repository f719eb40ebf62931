using Microsoft.Extensions.Options;
using NewsBot.Broadcasts;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>
/// /darurat &lt;teks&gt;: previews an urgent notice to every active subscriber on every channel; once confirmed it goes
/// ahead of all other traffic, past digests and quiet hours.
/// </summary>
public sealed class AlertCommand(BroadcastPreview preview, IOptions<BroadcastOptions> options) : IChatCommand
{
    private static readonly Localized Usage = new(
        "Tulis teks peringatannya, contoh:\n/darurat Air sungai Tuntang naik. Warga bantaran diminta mengungsi ke balai desa sekarang.",
        "Write the text of the alert, e.g.:\n/alert The Tuntang river is rising. Residents of the banks must move to the village hall now.");

    public CommandDescriptor Descriptor { get; } = new(
        "darurat", "alert", new("Peringatan darurat ke semua pelanggan, didahulukan (dengan pratinjau)", "Urgent notice to every subscriber, sent first (with preview)"),
        CommandAudience.Admin, new("<teks>", "<text>"), InMenu: false);

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var text = context.Command.RawArguments.Trim();
        return text.Length == 0
            ? Task.FromResult(new ChatReply(context.Text(Usage)))
            : preview.DraftAsync(context, tag: null, text, urgent: true, options.Value.DraftLifetime, cancellationToken);
    }
}
