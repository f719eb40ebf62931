namespace NewsBot.Delivery;

/// <summary>
/// Indonesia's three zones. None has daylight saving, so a fixed offset is exact, and no tz database (absent on some
/// slim container images) is needed.
/// </summary>
public static class IndonesianTimeZone
{
    public const string Default = "WIB";

    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WIB"] = TimeSpan.FromHours(7),
        ["WITA"] = TimeSpan.FromHours(8),
        ["WIT"] = TimeSpan.FromHours(9),
    };

    public static IReadOnlyCollection<string> Names => Offsets.Keys;

    /// <summary>The zone's canonical name ("WITA") for what a user typed ("wita"), or null when it is not one.</summary>
    public static string? Parse(string? text) =>
        text is not null && Offsets.ContainsKey(text.Trim()) ? text.Trim().ToUpperInvariant() : null;

    /// <summary>The offset from UTC; an unknown name (a corrupted row) counts as WIB rather than failing a delivery.</summary>
    public static TimeSpan OffsetOf(string? zone) =>
        zone is not null && Offsets.TryGetValue(zone, out var offset) ? offset : Offsets[Default];
}
