namespace NewsBot.Chat;

/// <summary>
/// A command's names and help line. The Indonesian name comes first; the English one is an alias; extra aliases
/// (words WhatsApp users type, such as STOP) are understood but not advertised.
/// </summary>
/// <param name="Usage">The arguments as shown in the help, e.g. "&lt;topik...&gt;" / "&lt;topic...&gt;"; empty when none.</param>
/// <param name="InMenu">Whether Telegram's command menu lists it (the menu has room for the everyday ones only).</param>
public sealed record CommandDescriptor(
    string Indonesian,
    string English,
    Localized Description,
    CommandAudience Audience = CommandAudience.Everyone,
    Localized Usage = default,
    bool InMenu = true,
    params string[] Aliases)
{
    public IEnumerable<string> Names => new[] { Indonesian, English }.Concat(Aliases).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name to show a user of <paramref name="language"/>.</summary>
    public string NameIn(string language) => language == "en" ? English : Indonesian;
}
