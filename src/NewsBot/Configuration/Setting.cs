using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Configuration;

/// <summary>
/// One setting by its path, named the two ways users write it: <c>Sources:Feeds:1:Url</c> in appsettings.json and on
/// the command line, <c>Sources__Feeds__1__Url</c> as an environment variable (Docker, systemd). Every message about
/// a bad setting is built here, so they all read alike and none prints a secret.
/// </summary>
public readonly partial record struct Setting(string Path)
{
    private const int LongestValueShown = 120;

    public Setting this[string child] => new($"{Path}:{child}");

    public Setting this[int index] => new($"{Path}:{index.ToString(CultureInfo.InvariantCulture)}");

    public string EnvironmentVariable => Path.Replace(":", "__", StringComparison.Ordinal);

    public override string ToString() => $"{Path} ({EnvironmentVariable})";

    /// <summary>"Setting = 'value' rule", or "Setting is not set: rule"; <paramref name="rule"/> says what is allowed.</summary>
    public string Problem(string? value, string rule, bool secret = false) => value switch
    {
        _ when secret => $"{this} (value hidden) {rule}",
        null => $"{this} is not set: {rule}",
        _ => $"{this} = '{Shown(value)}' {rule}",
    };

    /// <summary>The value as it can be printed: passwords in connection strings hidden, one short line.</summary>
    private static string Shown(string value)
    {
        var redacted = Password().Replace(value, "$1=(hidden)");
        var oneLine = string.Concat(redacted.Select(c => char.IsControl(c) ? ' ' : c));
        return oneLine.Length <= LongestValueShown ? oneLine : string.Concat(oneLine.AsSpan(0, LongestValueShown), "…");
    }

    [GeneratedRegex(@"\b(password|pwd)\s*=\s*(""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Password();
}
