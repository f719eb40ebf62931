using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace NewsBot.Eval.Sources;

/// <summary>
/// Reads a dev-corpus set straight from its .tar.gz: each page is &lt;name&gt;.html with &lt;name&gt;.json beside it
/// (url, text, must, mustNot); a feed set's entries are read by its own runner. A page without its expectations, or
/// expectations that do not parse, is a broken archive and stops the run with the file's name rather than being
/// skipped unseen.
/// </summary>
internal static class DevCorpusArchive
{
    public static IReadOnlyList<DevCorpusPage> Read(string path)
    {
        var entries = Entries(path);
        return entries.Where(e => e.Key.EndsWith(".html", StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => Page(path, e.Key[..^".html".Length], e.Value, entries)).ToList();
    }

    /// <summary>Every file of the archive by name; the sets are a few megabytes, so they are read whole.</summary>
    public static Dictionary<string, byte[]> Entries(string path)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            using var bytes = new MemoryStream();
            entry.DataStream.CopyTo(bytes);
            entries[Path.GetFileName(entry.Name)] = bytes.ToArray();
        }

        return entries;
    }

    private static DevCorpusPage Page(string path, string name, byte[] html, Dictionary<string, byte[]> entries)
    {
        if (!entries.TryGetValue($"{name}.json", out var json))
            throw new InvalidDataException($"{path}: page {name}.html has no {name}.json beside it.");
        try
        {
            var root = JsonDocument.Parse(json).RootElement;
            var url = root.TryGetProperty("url", out var u) && u.GetString() is { } s ? new Uri(s) : null;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
            return new DevCorpusPage(name, html, url, text, Strings(root, "must"), Strings(root, "mustNot"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or UriFormatException)
        {
            throw new InvalidDataException($"{path}: {name}.json is not a page's expectations ({ex.Message}).", ex);
        }
    }

    private static List<string> Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
}
