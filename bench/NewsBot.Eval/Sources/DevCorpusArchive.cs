using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace NewsBot.Eval.Sources;

/// <summary>
/// Reads a dev-corpus set straight from its .tar.gz: each page is &lt;name&gt;.html with &lt;name&gt;.json beside it
/// (url, text, must, mustNot). A page without its expectations, or expectations that do not parse, is a broken
/// archive and stops the run with the file's name rather than being skipped unseen.
/// </summary>
internal static class DevCorpusArchive
{
    public static IReadOnlyList<DevCorpusPage> Read(string path)
    {
        var html = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
                using var bytes = new MemoryStream();
                entry.DataStream.CopyTo(bytes);
                var name = Path.GetFileName(entry.Name);
                if (name.EndsWith(".html", StringComparison.Ordinal)) html[name[..^5]] = bytes.ToArray();
                else if (name.EndsWith(".json", StringComparison.Ordinal)) expected[name[..^5]] = bytes.ToArray();
            }
        }

        return html.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Page(path, p.Key, p.Value, expected)).ToList();
    }

    private static DevCorpusPage Page(string path, string name, byte[] html, Dictionary<string, byte[]> expected)
    {
        if (!expected.TryGetValue(name, out var json))
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
