using System.Globalization;

namespace NewsBot.Chat.Citizens;

/// <summary>Reads and writes the times of day users type: "18:00", "7:30" and the Indonesian "18.00".</summary>
public static class ClockText
{
    public static TimeOnly? Parse(string text)
    {
        var parts = text.Trim().Split(':', '.');
        if (parts.Length != 2 || parts[0].Length is < 1 or > 2 || parts[1].Length != 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)) return null;
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
