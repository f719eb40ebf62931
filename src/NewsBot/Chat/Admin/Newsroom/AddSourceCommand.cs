using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Citizens;
using NewsBot.Fetching;
using NewsBot.Sources;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// /tambahsumber &lt;url&gt; [topik...]: checks the address, fetches it once to find its kind and shows what it holds,
/// and saves it only when the same admin confirms (button or "/tambahsumber ok"). The first poll of the saved source
/// then takes the back catalogue as its baseline as usual, so adding a source never floods subscribers.
/// </summary>
public sealed class AddSourceCommand(
    SourceProbe probe,
    PendingConfirmations confirmations,
    IOptions<FetchingOptions> fetching,
    IOptions<SourcesOptions> sources,
    TimeProvider time) : IChatCommand
{
    private const string Action = "add-source";
    private static readonly string[] ConfirmWords = ["ok", "ya", "yes", "simpan", "save"];
    private static readonly string[] CancelWords = ["batal", "cancel"];

    private static readonly Localized Usage = new(
        "Tulis alamat feed atau situsnya, boleh diikuti topik untuk setiap beritanya:\n/tambahsumber https://demakkab.go.id/feed demak",
        "Give the feed's or the site's address, optionally followed by tags for all its articles:\n/addsource https://demakkab.go.id/feed demak");

    private static readonly Localized Exists = new("Sumber ini sudah ada: #{0} {1}. Lihat /sumber.", "This source already exists: #{0} {1}. See /sources.");
    private static readonly Localized BadTags = new(
        "Topik ini tidak dapat dipakai: {0}. Gunakan huruf dan angka, contoh: /tambahsumber <url> demak",
        "These tags cannot be used: {0}. Use letters and digits, e.g. /addsource <url> demak");

    private static readonly Localized Unreadable = new(
        "Alamat ini tidak dapat dibaca sebagai sumber berita (feed RSS/Atom/JSON, situs WordPress, atau halaman daftar berita).\nRincian: {0}",
        "This address cannot be read as a news source (an RSS/Atom/JSON feed, a WordPress site or a page listing articles).\nDetails: {0}");

    private static readonly Localized Found = new("Ditemukan: {0} \"{1}\" dengan {2} berita.", "Found: {0} \"{1}\" with {2} articles.");
    private static readonly Localized Newest = new("Terbaru:", "Newest:");
    private static readonly Localized ExtraTags = new("Topik tambahan untuk setiap berita: {0}", "Tags added to every article: {0}");
    private static readonly Localized Question = new(
        "Simpan sumber ini? Berita yang sudah ada hanya dicatat, tidak dikirim; berita baru dikirim ke pelanggan topiknya.\n"
        + "Tekan Simpan, atau ketik /tambahsumber ok (batal: /tambahsumber batal). Berlaku 15 menit.",
        "Save this source? The articles already there are only recorded, not sent; new ones go to their topics' subscribers.\n"
        + "Press Save, or type /addsource ok (cancel: /addsource cancel). Valid for 15 minutes.");

    private static readonly Localized SaveButton = new("✅ Simpan", "✅ Save");
    private static readonly Localized CancelButton = new("Batal", "Cancel");
    private static readonly Localized Saved = new(
        "✅ Sumber #{0} {1} disimpan ({2}, tiap {3}). Pengambilan pertama mencatat berita yang sudah ada tanpa mengirimnya.",
        "✅ Source #{0} {1} saved ({2}, every {3}). Its first fetch records the articles already there without sending them.");

    private static readonly Localized Cancelled = new("Dibatalkan; sumber tidak ditambahkan.", "Cancelled; the source was not added.");
    private static readonly Localized Stale = new(
        "Konfirmasi ini sudah kedaluwarsa atau sudah dipakai. Kirim lagi /tambahsumber <url>.",
        "This confirmation has expired or was already used. Send /addsource <url> again.");

    private static readonly Localized Foreign = new(
        "Konfirmasi ini milik admin lain: hanya admin yang menambahkan sumber ini yang dapat menyimpannya.",
        "This confirmation belongs to another admin: only the admin who asked to add the source can save it.");

    public CommandDescriptor Descriptor { get; } = new(
        "tambahsumber", "addsource", new("Tambah sumber berita (dicek dan dikonfirmasi dulu)", "Add a news source (checked and confirmed first)"),
        CommandAudience.Admin, new("<url> [topik...]", "<url> [tags...]"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments;
        if (args.Count == 0) return new ChatReply(context.Text(Usage));
        var token = args.Count > 1 ? args[1] : null;
        if (ConfirmWords.Contains(args[0], StringComparer.OrdinalIgnoreCase)) return await ConfirmAsync(context, token, cancellationToken);
        if (CancelWords.Contains(args[0], StringComparer.OrdinalIgnoreCase)) return await CancelAsync(context, token, cancellationToken);

        var (url, problem) = SourceUrlCheck.Check(args[0], fetching.Value, context.Language);
        if (url is null) return new ChatReply(problem!);
        if (await FindExistingAsync(context.Db, url.AbsoluteUri, cancellationToken) is { } existing)
            return new ChatReply(context.Format(Exists, existing.Id, existing.Name));

        var (tags, invalid) = TagArguments.Read(args.Skip(1));
        if (invalid.Count > 0) return new ChatReply(context.Format(BadTags, string.Join(", ", invalid.Select(t => AdminFormat.Cut(t, 30)))));

        var result = await probe.ProbeAsync(url, cancellationToken);
        if (result.Preview is not { } preview) return new ChatReply(context.Format(Unreadable, AdminFormat.Cut(Reasons(result.Reasons, context.Language), 500)));

        var payload = JsonSerializer.Serialize(new PendingSource(preview.Url, preview.Kind, preview.Title, tags));
        var pendingToken = await confirmations.CreateAsync(context, Action, payload, cancellationToken);
        return new ChatReply(Describe(context, preview, tags))
        {
            Buttons =
            [
                [
                    new ChatButton(context.Text(SaveButton), $"/tambahsumber ok {pendingToken}"),
                    new ChatButton(context.Text(CancelButton), $"/tambahsumber batal {pendingToken}"),
                ],
            ],
        };
    }

    /// <summary>"halaman tidak ditemukan (HTTP 404); WordPress: halaman tidak ditemukan (HTTP 404)", in the admin's language.</summary>
    private static string Reasons(IReadOnlyList<ProbeReason> reasons, string language) => reasons.Count == 0
        ? FetchProblemWording.In(FetchProblemKind.Unknown, null, language)
        : string.Join("; ", reasons.Select(r => (r.Label is null ? "" : r.Label + ": ") + FetchProblemWording.In(r.Problem, language)).Distinct());

    private static string Describe(CommandContext context, SourcePreview preview, IReadOnlyList<string> tags)
    {
        var text = new StringBuilder(context.Format(Found, preview.Kind, preview.Title, preview.ItemCount)).Append('\n')
            .Append(preview.Url).Append('\n');
        if (preview.FirstTitles.Count > 0)
        {
            text.Append(context.Text(Newest)).Append('\n');
            foreach (var title in preview.FirstTitles) text.Append("• ").Append(title).Append('\n');
        }

        if (tags.Count > 0) text.Append(context.Format(ExtraTags, string.Join(", ", tags))).Append('\n');
        return text.Append('\n').Append(context.Text(Question)).ToString();
    }

    private async Task<ChatReply> ConfirmAsync(CommandContext context, string? token, CancellationToken cancellationToken)
    {
        var (pending, problem) = await confirmations.FindAsync(context, Action, token, cancellationToken);
        if (pending is null) return Refusal(context, problem);

        var details = JsonSerializer.Deserialize<PendingSource>(pending.Payload)!;
        await confirmations.RemoveAsync(context, pending, cancellationToken);
        if (await FindExistingAsync(context.Db, details.Url, cancellationToken) is { } existing)
            return new ChatReply(context.Format(Exists, existing.Id, existing.Name)) { ReplacesPressedMessage = true };

        var now = time.GetUtcNow().UtcDateTime;
        var source = new Source
        {
            Name = details.Title,
            Url = details.Url,
            Kind = details.Kind,
            DefaultTags = string.Join(' ', details.Tags),
            PollIntervalSeconds = sources.Value.DefaultPollIntervalSeconds,
            CreatedUtc = now,
            NextCheckUtc = now,
        };
        context.Db.Sources.Add(source);
        await context.Db.SaveChangesAsync(cancellationToken);
        var interval = AdminFormat.Duration(TimeSpan.FromSeconds(source.PollIntervalSeconds), context.Language);
        return new ChatReply(context.Format(Saved, source.Id, source.Name, source.Kind, interval)) { ReplacesPressedMessage = true };
    }

    private async Task<ChatReply> CancelAsync(CommandContext context, string? token, CancellationToken cancellationToken)
    {
        var (pending, problem) = await confirmations.FindAsync(context, Action, token, cancellationToken);
        if (pending is null) return Refusal(context, problem);
        await confirmations.RemoveAsync(context, pending, cancellationToken);
        return new ChatReply(context.Text(Cancelled)) { ReplacesPressedMessage = true };
    }

    /// <summary>
    /// Sent as a new message, never over the pressed one: that may already say "saved" (a double tap), or belong to
    /// the admin who asked (another admin's press in a group).
    /// </summary>
    private static ChatReply Refusal(CommandContext context, PendingProblem problem) =>
        new(context.Text(problem == PendingProblem.Foreign ? Foreign : Stale));

    private static Task<Source?> FindExistingAsync(NewsBotDbContext db, string url, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Url == url || s.Url == url.TrimEnd('/'), cancellationToken);

    private sealed record PendingSource(string Url, SourceKind Kind, string Title, IReadOnlyList<string> Tags);
}
