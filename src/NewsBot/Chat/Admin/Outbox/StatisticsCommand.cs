using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Admin.Newsroom;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Outbox;

/// <summary>
/// /statistik: subscribers per channel and per topic, who came and went in the last 7 days, deliveries of the last
/// 24 hours, and each source's health: what a newsroom checks in the morning, in one message.
/// </summary>
public sealed class StatisticsCommand(DeliveryStats deliveries, TimeProvider time) : IChatCommand
{
    private const int MaxTags = 10;
    private const int MaxSources = 15;

    private static readonly Localized Subscribers = new("👥 Pelanggan aktif:", "👥 Active subscribers:");
    private static readonly Localized ChannelLine = new("{0}: {1} aktif, {2} nonaktif", "{0}: {1} active, {2} inactive");
    private static readonly Localized NoSubscribers = new("belum ada", "none yet");
    private static readonly Localized Tags = new("🏷 Per topik:", "🏷 Per topic:");
    private static readonly Localized Week = new(
        "📈 7 hari terakhir: {0} baru, {1} hilang ({2} nonaktif/diblokir, {3} berhenti dari semua topik)",
        "📈 Last 7 days: {0} new, {1} lost ({2} inactive/blocked, {3} left every topic)");

    private static readonly Localized Day = new(
        "📨 Pengiriman 24 jam terakhir: {0} terkirim, {1} gagal, {2} menunggu",
        "📨 Deliveries in the last 24 hours: {0} sent, {1} failed, {2} waiting");

    private static readonly Localized DayStopped = new(", {0} tidak dikirim karena siaran dihentikan", ", {0} not sent because a broadcast was stopped");

    private static readonly Localized PausedNote = new("⏸ Pengiriman sedang dijeda (/lanjut).", "⏸ Delivery is paused (/resume).");
    private static readonly Localized Sources = new("📰 Sumber:", "📰 Sources:");
    private static readonly Localized NoSources = new("belum ada (/tambahsumber)", "none yet (/addsource)");
    private static readonly Localized MoreSources = new("... dan {0} lagi (/sumber)", "... and {0} more (/sources)");

    public CommandDescriptor Descriptor { get; } = new(
        "statistik", "stats", new("Statistik pelanggan, pengiriman dan sumber", "Subscriber, delivery and source statistics"), CommandAudience.Admin);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var text = new StringBuilder();

        var perChannel = await db.Subscribers.GroupBy(s => new { s.Channel, s.State })
            .Select(g => new { g.Key.Channel, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        text.Append(context.Text(Subscribers)).Append('\n');
        if (perChannel.Count == 0) text.Append(context.Text(NoSubscribers)).Append('\n');
        foreach (var channel in perChannel.Select(c => c.Channel).Distinct().Order())
        {
            int Count(SubscriberState state) => perChannel.Where(c => c.Channel == channel && c.State == state).Sum(c => c.Count);
            text.Append(context.Format(ChannelLine, channel, Count(SubscriberState.Active), Count(SubscriberState.Inactive))).Append('\n');
        }

        var perTag = await db.SubscriberTags
            .Where(t => db.Subscribers.Any(s => s.Id == t.SubscriberId && s.State == SubscriberState.Active))
            .GroupBy(t => t.Tag).Select(g => new { Tag = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Tag).Take(MaxTags).ToListAsync(cancellationToken);
        if (perTag.Count > 0)
            text.Append(context.Text(Tags)).Append(' ').AppendJoin(", ", perTag.Select(t => $"{t.Tag} {t.Count}")).Append('\n');

        var weekAgo = now.AddDays(-7);
        var joined = await db.Subscribers.CountAsync(s => s.CreatedUtc >= weekAgo, cancellationToken);
        var deactivated = await db.Subscribers.CountAsync(s => s.State == SubscriberState.Inactive && s.UpdatedUtc >= weekAgo, cancellationToken);
        var leftAll = await db.Subscribers.CountAsync(
            s => s.State == SubscriberState.Active && s.UpdatedUtc >= weekAgo && !s.Tags.Any(), cancellationToken);
        text.Append('\n').Append(context.Format(Week, joined, deactivated + leftAll, deactivated, leftAll)).Append('\n');

        var day = await deliveries.RecentAsync(TimeSpan.FromHours(24), cancellationToken);
        text.Append(context.Format(Day, day.Sent, day.Failed, day.Waiting));
        if (day.Stopped > 0) text.Append(context.Format(DayStopped, day.Stopped));
        text.Append('\n');
        if (await DeliveryPause.IsPausedAsync(db, cancellationToken)) text.Append(context.Text(PausedNote)).Append('\n');

        var sources = await db.Sources.AsNoTracking().Where(s => s.Kind != SourceKind.Broadcast).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        text.Append('\n').Append(context.Text(Sources)).Append('\n');
        if (sources.Count == 0) text.Append(context.Text(NoSources)).Append('\n');
        foreach (var source in sources.Take(MaxSources))
        {
            text.Append('#').Append(source.Id).Append(' ').Append(AdminFormat.Cut(source.Name, 40)).Append(": ")
                .Append(SourceStatusText.Health(source, now, context.Language)).Append('\n');
        }

        if (sources.Count > MaxSources) text.Append(context.Format(MoreSources, sources.Count - MaxSources)).Append('\n');
        return new ChatReply(text.ToString().TrimEnd());
    }
}
