using System.Text.RegularExpressions;

namespace NewsBot.Tests.Architecture;

/// <summary>
/// The folders of src/NewsBot are the data flow, and each may use only the folders docs/architecture.md allows it
/// ("## Allowed dependencies"). The table must have no cycle, and the code must keep to it: a file's references to
/// another folder are its <c>using NewsBot.X</c> lines and any <c>NewsBot.X.</c> or <c>X.Type</c> it names.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void Every_folder_is_in_the_table_and_the_table_has_no_cycle()
    {
        var allowed = AllowedDependencies(File.ReadAllText(Path.Combine(Root, "docs", "architecture.md")));
        var folders = CodeFolders();

        Assert.True(folders.SetEquals(allowed.Keys),
            $"docs/architecture.md lists {string.Join(", ", allowed.Keys.Order())}; src/NewsBot has {string.Join(", ", folders.Order())}.");
        Assert.Null(FindCycle(allowed));
    }

    [Fact]
    public void The_code_uses_only_the_folders_the_table_allows()
    {
        var allowed = AllowedDependencies(File.ReadAllText(Path.Combine(Root, "docs", "architecture.md")));
        var folders = CodeFolders();
        var violations = new List<string>();
        foreach (var file in SourceFiles())
        {
            var folder = FolderOf(file);
            if (folder is null) continue; // the app's composition (NewsBotApp, Program) puts every folder together
            foreach (var used in ReferencedFolders(File.ReadAllText(file), folders))
            {
                if (used != folder && !(allowed.TryGetValue(folder, out var may) && may.Contains(used)))
                    violations.Add($"{Path.GetRelativePath(Path.Combine(Root, "src", "NewsBot"), file)} uses {used}, which {folder} may not use");
            }
        }

        Assert.True(violations.Count == 0, "Folder rules broken (docs/architecture.md):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void A_cycle_in_the_table_is_found()
    {
        const string table = """
            ## Allowed dependencies
            | Folder | May use |
            |---|---|
            | `Text` | — |
            | `Delivery` | `Text`, `Matching` |
            | `Matching` | `Delivery` |
            """;

        Assert.Equal(["Delivery", "Matching", "Delivery"], FindCycle(AllowedDependencies(table)));
    }

    [Fact]
    public void References_are_read_from_usings_and_qualified_names_not_from_comments()
    {
        const string code = """
            using NewsBot.Storage;
            // Delivery.Something in a comment does not count
            var x = Matching.DeliveryPlanner.Plan();
            """;

        Assert.Equal(["Matching", "Storage"], ReferencedFolders(code, ["Storage", "Delivery", "Matching"]).Order());
    }

    /// <summary>The rows of the table under "## Allowed dependencies": a folder and the folders it may use.</summary>
    private static Dictionary<string, HashSet<string>> AllowedDependencies(string markdown)
    {
        var section = markdown[markdown.IndexOf("## Allowed dependencies", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        if (next > 0) section = section[..next];
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in section.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 2 || cells[0] == "Folder" || cells[0].StartsWith("--", StringComparison.Ordinal)) continue;
            table[cells[0].Trim('`')] = cells[1].Split(',')
                .Select(c => c.Trim().Trim('`'))
                .Where(c => c.Length > 0 && c != "—")
                .ToHashSet(StringComparer.Ordinal);
        }

        return table;
    }

    /// <summary>A path through the allowed uses that comes back to where it started, or null.</summary>
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> allowed)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        List<string>? Visit(string folder)
        {
            var at = path.IndexOf(folder);
            if (at >= 0) return [.. path[at..], folder];
            if (!done.Add(folder)) return null;
            path.Add(folder);
            foreach (var used in allowed.GetValueOrDefault(folder, []).Order(StringComparer.Ordinal))
            {
                if (Visit(used) is { } cycle) return cycle;
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        foreach (var folder in allowed.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(folder) is { } cycle) return cycle;
        }

        return null;
    }

    private static HashSet<string> ReferencedFolders(string code, IReadOnlyCollection<string> folders)
    {
        var text = LineComment().Replace(code, "");
        var names = NamespaceReference().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(QualifiedName().Matches(text).Select(m => m.Groups[1].Value));
        return names.Where(folders.Contains).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> CodeFolders() =>
        SourceFiles().Select(FolderOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles()
    {
        var source = Path.Combine(Root, "src", "NewsBot");
        return Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(source, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));
    }

    /// <summary>The top-level folder a file lives in; null for the files at the root, which compose the app.</summary>
    private static string? FolderOf(string file)
    {
        var parts = Path.GetRelativePath(Path.Combine(Root, "src", "NewsBot"), file).Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 && parts[0] != "Properties" ? parts[0] : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"\bNewsBot\.(\w+)")]
    private static partial Regex NamespaceReference();

    [GeneratedRegex(@"(?<![\w.])(\w+)\.[A-Z]")]
    private static partial Regex QualifiedName();
}
