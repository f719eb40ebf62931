using NewsBot.Fetching;
using NewsBot.Storage;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// /ambil [no]: fetches every active source (or one) now instead of at its next check, and reports new articles,
/// unchanged and failed sources in this chat when done. New articles are delivered as after any poll.
/// </summary>
public sealed class PollNowCommand(SourcePollRunner runner, ChatMessenger messenger) : IChatCommand
{
    private static readonly Localized Started = new(
        "⏳ Mengambil {0} sumber sekarang; laporannya menyusul di sini.", "⏳ Fetching {0} sources now; the report follows here.");

    private static readonly Localized Busy = new(
        "Pengambilan sebelumnya masih berjalan; tunggu laporannya, lalu coba lagi.",
        "The previous fetch is still running; wait for its report, then try again.");

    private static readonly Localized NoSources = new(
        "Tidak ada sumber aktif untuk diambil. Lihat /sumber.", "There is no active source to fetch. See /sources.");

    private static readonly Localized Done = new(
        "✅ Pengambilan selesai ({0} sumber): {1} berita baru, {2} tidak berubah, {3} gagal.",
        "✅ Fetch finished ({0} sources): {1} new articles, {2} unchanged, {3} failed.");

    private static readonly Localized Planned = new("{0} pesan dijadwalkan untuk pelanggan.", "{0} messages scheduled for subscribers.");

    public CommandDescriptor Descriptor { get; } = new(
        "ambil", "pollnow", new("Ambil berita dari sumber sekarang", "Fetch the sources now"), CommandAudience.Admin, new("[no]", "[no]"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        List<(int Id, string Name)> sources;
        if (context.Arguments.Count > 0)
        {
            // A named source is fetched even while paused: the admin asked for exactly that one.
            var (source, problem) = await SourceArgument.FindAsync(context, Descriptor, cancellationToken);
            if (source is null) return problem!;
            sources = [(source.Id, source.Name)];
        }
        else
        {
            sources = (await context.Db.Sources.AsNoTracking().Where(s => s.IsEnabled && s.Kind != SourceKind.Broadcast).OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name)).ToList();
            if (sources.Count == 0) return new ChatReply(context.Text(NoSources));
        }

        var channel = context.Command.Channel;
        var chatId = context.Command.ChatId;
        var language = context.Language;
        var started = runner.TryStart(sources, (results, ct) =>
            messenger.SendAsync(channel, chatId, new ChatReply(Report(results, language)), language, ct));
        return new ChatReply(started ? context.Format(Started, sources.Count) : context.Text(Busy));
    }

    private static string Report(IReadOnlyList<PolledSource> results, string language)
    {
        var failed = results.Where(r => r.Result.Problem is not null).ToList();
        var unchanged = results.Count(r => r.Result.Problem is null && r.Result.NewArticles == 0);
        var text = new StringBuilder(string.Format(System.Globalization.CultureInfo.InvariantCulture, Done.In(language),
            results.Count, results.Sum(r => r.Result.NewArticles), unchanged, failed.Count));
        var planned = results.Sum(r => r.Result.PlannedDeliveries);
        if (planned > 0) text.Append('\n').Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Planned.In(language), planned));
        foreach (var failure in failed)
        {
            text.Append("\n⚠️ #").Append(failure.Id).Append(' ').Append(AdminFormat.Cut(failure.Name, 40)).Append(": ")
                .Append(AdminFormat.Cut(FetchProblemWording.In(failure.Result.Problem!, language), 150));
        }

        return text.ToString();
    }
}
