using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>Reads the source number of /hapussumber 3, /jedasumber 3 ...: the source, or the answer that says what is wrong.</summary>
public static class SourceArgument
{
    private static readonly Localized Missing = new(
        "Sebutkan nomor sumber, contoh: /{0} 3\nNomor setiap sumber ada di /sumber.",
        "Give the source's number, e.g. /{0} 3\nEach source's number is in /sources.");

    private static readonly Localized NotANumber = new(
        "\"{0}\" bukan nomor sumber. Contoh: /{1} 3 (lihat /sumber).",
        "\"{0}\" is not a source number. Example: /{1} 3 (see /sources).");

    private static readonly Localized NotFound = new(
        "Tidak ada sumber nomor {0}. Lihat daftar sumber: /sumber",
        "There is no source number {0}. See the list: /sources");

    public static bool TryParseId(string text, out int id) =>
        int.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    /// <summary>The source named by the first argument, tracked for changes; or null and the answer to give.</summary>
    public static async Task<(Source? Source, ChatReply? Problem)> FindAsync(
        CommandContext context, CommandDescriptor descriptor, CancellationToken cancellationToken)
    {
        var name = descriptor.NameIn(context.Language);
        if (context.Arguments.Count == 0) return (null, new ChatReply(context.Format(Missing, name)));
        if (!TryParseId(context.Arguments[0], out var id))
            return (null, new ChatReply(context.Format(NotANumber, AdminFormat.Cut(context.Arguments[0], 40), name)));

        // The hidden source that holds admin broadcasts is not a website: it cannot be paused, resumed or removed.
        var source = await context.Db.Sources.SingleOrDefaultAsync(s => s.Id == id && s.Kind != SourceKind.Broadcast, cancellationToken);
        return source is null ? (null, new ChatReply(context.Format(NotFound, id))) : (source, null);
    }
}
