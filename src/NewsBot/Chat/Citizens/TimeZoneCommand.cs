using NewsBot.Delivery;
using NewsBot.Delivery.Digests;
using NewsBot.Matching;

namespace NewsBot.Chat.Citizens;

/// <summary>/zona WIB|WITA|WIT: the zone of the chat's digest hour and quiet hours. Without arguments it shows it.</summary>
public sealed class TimeZoneCommand(SubscriptionEditor subscriptions, TimeProvider time) : IChatCommand
{
    private static readonly Localized Current = new("Zona waktu: {0}.", "Time zone: {0}.");
    private static readonly Localized Usage = new(
        "Pilih zona: /zona WIB (Jawa, Sumatra, Kalimantan Barat dan Tengah), /zona WITA (Bali, Nusa Tenggara, Sulawesi, Kalimantan Selatan, Timur dan Utara) atau /zona WIT (Maluku, Papua).",
        "Choose a zone: /timezone WIB (UTC+7: Java, Sumatra, West and Central Kalimantan), /timezone WITA (UTC+8: Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan) or /timezone WIT (UTC+9: Maluku, Papua).");
    private static readonly Localized Unknown = new("\"{0}\" bukan zona waktu Indonesia.", "\"{0}\" is not an Indonesian time zone.");
    private static readonly Localized Changed = new(
        "Zona waktu diganti ke {0}. Ringkasan harian dan jam senyap mengikuti jam {0}.",
        "Time zone changed to {0}. Your daily digest and quiet hours follow {0} time.");

    public CommandDescriptor Descriptor { get; } = new(
        "zona", "timezone", new("Zona waktu (WIB, WITA, WIT)", "Time zone (WIB, WITA, WIT)"),
        Usage: new("WIB|WITA|WIT", "WIB|WITA|WIT"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments;
        if (args.Count == 0)
        {
            var zone = context.Subscriber?.TimeZone ?? IndonesianTimeZone.Default;
            return new ChatReply(context.Format(Current, zone) + "\n" + context.Text(Usage));
        }

        if (args.Count > 1 || IndonesianTimeZone.Parse(args[0]) is not { } chosen)
        {
            return new ChatReply(context.Format(Unknown, string.Join(' ', args)) + "\n" + context.Text(Usage));
        }

        var subscriber = subscriptions.EnsureSubscriber(context);
        var now = time.GetUtcNow().UtcDateTime;
        subscriber.TimeZone = chosen;
        subscriber.UpdatedUtc = now;
        await context.Db.SaveChangesAsync(cancellationToken);
        // A digest waiting for 18:00 WIB now waits for 18:00 in the new zone.
        if (subscriber.DailyDigest) await HeldDeliveries.RescheduleAsync(context.Db, subscriber, now, cancellationToken);
        return new ChatReply(context.Format(Changed, chosen));
    }
}
