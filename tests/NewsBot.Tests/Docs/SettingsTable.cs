using System.Text.RegularExpressions;

namespace NewsBot.Tests.Docs;

/// <summary>
/// The table under "## Settings" in docs/configuration.md, as written there: the first cell of a row names settings in
/// backticks, either in full (<c>`WhatsApp:NewsTemplate:Language`</c>) or as a sibling of the full name before it
/// (<c>/ `EnglishLanguage`</c>); the other cells may name the fields of a list of objects (<c>`Name`, `Url`</c>).
/// </summary>
public sealed partial class SettingsTable
{
    private readonly List<Row> rows = [];

    private SettingsTable(string markdown)
    {
        var inSettings = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) inSettings = line.Trim() == "## Settings";
            if (!inSettings || !line.StartsWith('|') || line.StartsWith("|---", StringComparison.Ordinal)) continue;

            var cells = CellSeparator().Split(line.Trim().Trim('|'));
            rows.Add(new Row(Named(cells[0]), [.. cells.SelectMany(Quoted)]));
        }
    }

    public static SettingsTable Read(string path) => new(File.ReadAllText(path).Replace("\r", "", StringComparison.Ordinal));

    public int RowCount => rows.Count;

    /// <summary>Whether a row names the setting in its first cell and, for a list of objects, every field of an item.</summary>
    public bool Documents(BoundSetting setting) =>
        rows.Any(row => row.Settings.Contains(setting.Path, StringComparer.OrdinalIgnoreCase)
                        && setting.ItemSettings.All(field => row.Quoted.Contains(field, StringComparer.OrdinalIgnoreCase)));

    private static List<string> Named(string firstCell)
    {
        var named = new List<string>();
        string? parent = null;
        foreach (var token in Quoted(firstCell))
        {
            var lastColon = token.LastIndexOf(':');
            if (lastColon >= 0)
            {
                parent = token[..lastColon];
                named.Add(token);
            }
            else
            {
                named.Add(parent is null ? token : $"{parent}:{token}");
            }
        }

        return named;
    }

    private static IEnumerable<string> Quoted(string cell) => Backticked().Matches(cell).Select(m => m.Groups[1].Value);

    private sealed record Row(List<string> Settings, List<string> Quoted);

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
