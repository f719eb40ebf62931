using NewsBot.Delivery.Digests;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// /mode instan|harian [HH:MM]: every article as it comes (the default), or one daily digest at the chat's hour
/// (18:00 unless told) in its time zone. Without arguments it shows the current mode.
/// </summary>
public sealed class ModeCommand(SubscriptionEditor subscriptions, TimeProvider time) : IChatCommand
{
    private static readonly Localized InstantNow = new(
        "Mode: instan. Setiap berita dikirim begitu terbit.", "Mode: instant. Every article is sent as soon as it is published.");
    private static readonly Localized DailyNow = new(
        "Mode: harian. Satu ringkasan berita setiap hari pukul {0} {1}.", "Mode: daily. One news digest every day at {0} {1}.");
    private static readonly Localized Usage = new(
        "Pilih: /mode instan (setiap berita langsung) atau /mode harian [jam], misalnya /mode harian 18:00. Zona waktu: /zona.",
        "Choose: /digest instant (every article at once) or /digest daily [time], e.g. /digest daily 18:00. Time zone: /timezone.");
    private static readonly Localized BadTime = new(
        "Jam \"{0}\" tidak valid. Tulis jam seperti 18:00 (00:00 sampai 23:59).",
        "\"{0}\" is not a valid time. Write a time like 18:00 (00:00 to 23:59).");
    private static readonly Localized Released = new(
        "{0} berita yang menunggu ringkasan dikirim sekarang.", "{0} articles waiting for the digest are sent now.");

    public CommandDescriptor Descriptor { get; } = new(
        "mode", "digest", new("Berita langsung atau ringkasan harian", "Instant news or a daily digest"),
        Usage: new("instan|harian [HH:MM]", "instant|daily [HH:MM]"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments;
        if (args.Count == 0) return new ChatReply(Describe(context) + "\n" + context.Text(Usage));

        var daily = args[0].ToLowerInvariant() switch
        {
            "harian" or "daily" or "ringkasan" or "digest" => true,
            "instan" or "instant" or "langsung" or "segera" => (bool?)false,
            _ => null,
        };
        if (daily is null || args.Count > 2 || (daily == false && args.Count > 1)) return new ChatReply(context.Text(Usage));

        var subscriber = subscriptions.EnsureSubscriber(context);
        if (args.Count == 2)
        {
            if (ClockText.Parse(args[1]) is not { } at) return new ChatReply(context.Format(BadTime, args[1]));
            subscriber.DigestTime = at;
        }

        var now = time.GetUtcNow().UtcDateTime;
        subscriber.DailyDigest = daily.Value;
        subscriber.UpdatedUtc = now;
        await context.Db.SaveChangesAsync(cancellationToken);

        var waiting = daily.Value ? 0 : await HeldDeliveries.CountAsync(context.Db, subscriber.Id, cancellationToken);
        await HeldDeliveries.RescheduleAsync(context.Db, subscriber, now, cancellationToken);
        var reply = Describe(context);
        if (waiting > 0) reply += "\n" + context.Format(Released, waiting);
        return new ChatReply(reply);
    }

    private static string Describe(CommandContext context) => context.Subscriber is { DailyDigest: true } subscriber
        ? context.Format(DailyNow, ClockText.Format(subscriber.DigestTime), subscriber.TimeZone)
        : context.Text(InstantNow);
}
