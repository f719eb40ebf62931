using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Docs;

/// <summary>
/// The README stays short enough to show the two commands at a glance, and the reference in docs/ stays complete:
/// every setting the code binds and every chat command it registers is documented, checked against the code itself.
/// </summary>
public sealed class DocsCoverageTests
{
    private const int ReadmeMaxBytes = 8 * 1024;

    [Fact]
    public void Readme_is_short_and_gives_the_run_and_test_commands()
    {
        var path = RepositoryRoot.File("README.md");
        var size = new FileInfo(path).Length;
        var lines = File.ReadAllLines(path).Select(line => line.Trim()).ToList();

        Assert.True(size <= ReadmeMaxBytes, $"README.md is {size} bytes; at most {ReadmeMaxBytes}: move reference material to docs/.");
        // CI runs exactly the README's test command.
        Assert.Contains("dotnet test NewsBot.sln -m:1", lines);
        Assert.Contains("dotnet run --project src/NewsBot", lines);
    }

    [Fact]
    public void Every_bound_setting_is_in_the_configuration_settings_table()
    {
        var table = SettingsTable.Read(RepositoryRoot.File("docs/configuration.md"));
        var settings = BoundSettings.All();
        // Guards against the reflection quietly finding nothing, which would make the check pass for nothing.
        Assert.Contains("Delivery", BoundSettings.Sections());
        Assert.True(settings.Count > 50, $"Only {settings.Count} settings found in the options types.");
        Assert.True(table.RowCount > 0, "docs/configuration.md has no table under '## Settings'.");

        var missing = settings.Where(setting => !table.Documents(setting))
            .Select(setting => setting.ItemSettings.Count == 0 ? setting.Path : $"{setting.Path} ({string.Join(", ", setting.ItemSettings)})")
            .ToList();

        Assert.True(missing.Count == 0,
            $"docs/configuration.md's settings table lacks {missing.Count} setting(s): {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_chat_command_is_in_the_commands_page()
    {
        var commandsPage = File.ReadAllText(RepositoryRoot.File("docs/commands.md"));
        using var bed = new CommandTestBed();
        var descriptors = bed.Services.GetRequiredService<CommandCatalog>().All.Select(command => command.Descriptor).ToList();
        Assert.NotEmpty(descriptors);

        // Both advertised names; aliases (STOP, lang) are understood but deliberately not advertised.
        var missing = descriptors.SelectMany(d => new[] { d.Indonesian, d.English }).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => !Regex.IsMatch(commandsPage, $@"/{Regex.Escape(name)}(?![\p{{L}}\p{{N}}_])", RegexOptions.IgnoreCase))
            .Select(name => "/" + name)
            .ToList();

        Assert.True(missing.Count == 0, $"docs/commands.md does not mention {missing.Count} command(s): {string.Join(", ", missing)}");
    }
}
