using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace NewsBot.Chat.Admin.Staff;

/// <summary>/audit [n]: the last admin commands (10 by default, at most 30): when, who, what, and how it ended.</summary>
public sealed class AuditCommand : IChatCommand
{
    private const int DefaultCount = 10;
    private const int MaxCount = 30;

    private static readonly Localized Header = new("{0} perintah admin terakhir (terbaru dulu):", "The last {0} admin commands (newest first):");
    private static readonly Localized Empty = new("Log audit masih kosong.", "The audit log is empty.");
    private static readonly Localized BadCount = new(
        "Jumlah harus angka 1–{0}, contoh: /audit 20", "The count must be a number from 1 to {0}, e.g. /audit 20");

    public CommandDescriptor Descriptor { get; } = new(
        "audit", "audit", new("Log perintah admin terakhir", "Log of the last admin commands"), CommandAudience.Admin, new("[jumlah]", "[count]"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var count = DefaultCount;
        if (context.Arguments.Count > 0
            && (!int.TryParse(context.Arguments[0], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount))
        {
            return new ChatReply(context.Format(BadCount, MaxCount));
        }

        var entries = await context.Db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(count).ToListAsync(cancellationToken);
        if (entries.Count == 0) return new ChatReply(context.Text(Empty));

        var text = new StringBuilder(context.Format(Header, entries.Count)).Append('\n');
        foreach (var entry in entries)
        {
            text.Append('\n').Append(AdminFormat.Stamp(entry.AtUtc)).Append(' ')
                .Append(entry.Channel).Append(':').Append(entry.SenderId ?? "?").Append('\n')
                .Append('/').Append(entry.Command);
            if (entry.Arguments.Length > 0) text.Append(' ').Append(AdminFormat.Cut(entry.Arguments, 60));
            text.Append(" → ").Append(AdminFormat.Cut(entry.Outcome, 60)).Append('\n');
        }

        return new ChatReply(text.ToString());
    }
}
