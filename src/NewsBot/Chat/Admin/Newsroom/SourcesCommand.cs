using NewsBot.Storage;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>/sumber: every source with its number, kind, address, poll interval, health and whether it is paused.</summary>
public sealed class SourcesCommand(TimeProvider time) : IChatCommand
{
    private static readonly Localized Header = new("Sumber berita ({0}):", "News sources ({0}):");
    private const int MaxListLength = 3300;

    private static readonly Localized More = new("... dan {0} sumber lagi.", "... and {0} more sources.");
    private static readonly Localized Every = new("tiap {0}", "every {0}");
    private static readonly Localized None = new(
        "Belum ada sumber. Tambahkan: /tambahsumber <url> [topik]", "No sources yet. Add one: /addsource <url> [tags]");

    private static readonly Localized Footer = new(
        "Tambah: /tambahsumber <url> · Jeda: /jedasumber <no> · Hapus: /hapussumber <no> · Ambil sekarang: /ambil",
        "Add: /addsource <url> · Pause: /pausesource <no> · Remove: /removesource <no> · Fetch now: /pollnow");

    public CommandDescriptor Descriptor { get; } = new(
        "sumber", "sources", new("Daftar sumber berita dan kesehatannya", "News sources and their health"), CommandAudience.Admin);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var sources = await context.Db.Sources.AsNoTracking().Where(s => s.Kind != SourceKind.Broadcast).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        if (sources.Count == 0) return new ChatReply(context.Text(None));

        var now = time.GetUtcNow().UtcDateTime;
        var language = context.Language;
        var text = new StringBuilder(context.Format(Header, sources.Count)).Append('\n');
        foreach (var (source, index) in sources.Select((s, i) => (s, i)))
        {
            // A Telegram message holds 4096 characters; a newsroom with very many sources sees the first ones and a count.
            if (text.Length > MaxListLength)
            {
                text.Append('\n').Append(context.Format(More, sources.Count - index)).Append('\n');
                break;
            }

            text.Append('\n').Append('#').Append(source.Id).Append(' ').Append(AdminFormat.Cut(source.Name, 60))
                .Append(" (").Append(source.Kind).Append(")\n")
                .Append(source.Url).Append('\n')
                .Append(context.Format(Every, AdminFormat.Duration(TimeSpan.FromSeconds(source.PollIntervalSeconds), language)))
                .Append(" · ").Append(SourceStatusText.Health(source, now, language));
            if (!string.IsNullOrEmpty(source.DefaultTags)) text.Append(" · #").Append(source.DefaultTags.Replace(" ", " #", StringComparison.Ordinal));
            text.Append('\n');
        }

        text.Append('\n').Append(context.Text(Footer));
        return new ChatReply(text.ToString());
    }
}
