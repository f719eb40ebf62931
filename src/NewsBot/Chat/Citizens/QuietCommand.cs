namespace NewsBot.Chat.Citizens;

/// <summary>
/// /senyap 22:00-06:00|mati: quiet hours in the chat's time zone, possibly across midnight. Ordinary news published
/// within them waits until they end; urgent notices never wait. Without arguments it shows the current setting.
/// </summary>
public sealed class QuietCommand(SubscriptionEditor subscriptions, TimeProvider time) : IChatCommand
{
    private static readonly Localized Current = new(
        "Jam senyap: {0}–{1} {2}. Berita biasa yang terbit saat itu dikirim pukul {1}; peringatan darurat tetap langsung dikirim.",
        "Quiet hours: {0}–{1} {2}. Ordinary news published then is sent at {1}; urgent notices are still sent at once.");
    private static readonly Localized None = new("Jam senyap: tidak ada.", "Quiet hours: none.");
    private static readonly Localized Off = new("Jam senyap dimatikan. Berita dikirim kapan saja.", "Quiet hours are off. News is sent at any time.");
    private static readonly Localized Usage = new(
        "Tulis /senyap 22:00-06:00 untuk jam senyap (zona waktu Anda, lihat /zona), atau /senyap mati untuk mematikannya.",
        "Send /quiet 22:00-06:00 for quiet hours (in your time zone, see /timezone), or /quiet off to turn them off.");
    private static readonly Localized BadRange = new(
        "\"{0}\" tidak bisa dibaca. Tulis dua jam dengan tanda minus, misalnya 22:00-06:00 (00:00 sampai 23:59).",
        "\"{0}\" cannot be read. Write two times with a dash, e.g. 22:00-06:00 (00:00 to 23:59).");
    private static readonly Localized SameTimes = new(
        "Jam mulai dan jam selesai tidak boleh sama ({0}). Contoh: /senyap 22:00-06:00.",
        "The start and end must differ ({0}). Example: /quiet 22:00-06:00.");

    public CommandDescriptor Descriptor { get; } = new(
        "senyap", "quiet", new("Jam senyap: tunda berita biasa", "Quiet hours: hold ordinary news"),
        Usage: new("HH:MM-HH:MM|mati", "HH:MM-HH:MM|off"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments;
        if (args.Count == 0) return new ChatReply(Describe(context) + "\n" + context.Text(Usage));

        // "22:00-06:00", "22:00 - 06:00" and "22.00 06.00" all mean the same.
        var typed = string.Join(' ', args);
        var turningOff = args.Count == 1 && args[0].ToLowerInvariant() is "mati" or "off" or "tidak" or "none" or "hapus";
        TimeOnly? from = null, until = null;
        if (!turningOff)
        {
            var parts = string.Join(' ', args).Split(['-', '–', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || ClockText.Parse(parts[0]) is not { } start || ClockText.Parse(parts[1]) is not { } end)
            {
                return new ChatReply(context.Format(BadRange, typed) + "\n" + context.Text(Usage));
            }

            if (start == end) return new ChatReply(context.Format(SameTimes, ClockText.Format(start)));
            (from, until) = (start, end);
        }

        var subscriber = subscriptions.EnsureSubscriber(context);
        subscriber.QuietFrom = from;
        subscriber.QuietUntil = until;
        subscriber.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await context.Db.SaveChangesAsync(cancellationToken);
        return new ChatReply(turningOff ? context.Text(Off) : Describe(context));
    }

    private static string Describe(CommandContext context) => context.Subscriber is { QuietFrom: { } from, QuietUntil: { } until } subscriber
        ? context.Format(Current, ClockText.Format(from), ClockText.Format(until), subscriber.TimeZone)
        : context.Text(None);
}
