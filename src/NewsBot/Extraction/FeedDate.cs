using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// Lenient date reading for feeds and pages: RFC 822 with named zones (including Indonesia's WIB/WITA/WIT and
/// Indonesian month and day names), day-first numeric dates, ISO 8601, and null for anything else, never an exception.
/// </summary>
internal static partial class FeedDate
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["peb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["mei"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["agu"] = 8, ["ags"] = 8, ["sep"] = 9, ["oct"] = 10, ["okt"] = 10, ["nov"] = 11,
        ["dec"] = 12, ["des"] = 12,
    };

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WIB"] = 7, ["WITA"] = 8, ["WIT"] = 9,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["CET"] = 1, ["CEST"] = 2, ["BST"] = 1, ["SGT"] = 8, ["MYT"] = 8, ["JST"] = 9, ["AEST"] = 10,
    };

    public static DateTime? Parse(string? value) => Parse(value, TimeSpan.Zero);

    /// <summary>A date whose text carries no zone is read at <paramref name="assumedOffset"/> from UTC.</summary>
    public static DateTime? Parse(string? value, TimeSpan assumedOffset)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        return ParseWithMonthName(text, assumedOffset) ?? ParseNumeric(text, assumedOffset) ?? ParseIso(text, assumedOffset);
    }

    /// <summary>
    /// The first date written somewhere in a line of page text ("Selasa, 23 Februari 2016 15:06 WIB | 998 Views",
    /// "Oleh Admin, 5 November 2015 - 15:56 wib"), and whether it gives the time of day. Only known zone names count
    /// as a zone here, so the word after a date is not taken for one.
    /// </summary>
    public static (DateTime Utc, bool HasTime)? Find(string? text, TimeSpan assumedOffset)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match match in InTextMonthName().Matches(text))
        {
            var monthName = match.Groups["month"].Value;
            if (monthName.Length >= 3 && Months.TryGetValue(monthName[..3], out var month)
                && Compose(match, month, assumedOffset) is { } date) return (date, match.Groups["hour"].Success);
        }

        foreach (Match match in InTextNumeric().Matches(text))
        {
            if (Compose(match, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), assumedOffset) is { } date)
                return (date, match.Groups["hour"].Success);
        }

        return null;
    }

    /// <summary>"Tue, 05 Nov 2024 08:30:00 +0700", "Selasa, 08 Juni 2022 14:05 WIB", "8 Jun 2022".</summary>
    private static DateTime? ParseWithMonthName(string text, TimeSpan assumedOffset)
    {
        var match = MonthName().Match(text);
        if (!match.Success) return null;
        var monthName = match.Groups["month"].Value;
        return monthName.Length >= 3 && Months.TryGetValue(monthName[..3], out var month) ? Compose(match, month, assumedOffset) : null;
    }

    /// <summary>"08/06/22" and "08-06-2022 14:05": Indonesian sites write day before month.</summary>
    private static DateTime? ParseNumeric(string text, TimeSpan assumedOffset)
    {
        var match = Numeric().Match(text);
        return match.Success ? Compose(match, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), assumedOffset) : null;
    }

    private static DateTime? Compose(Match match, int month, TimeSpan assumedOffset)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100) year += year < 50 ? 2000 : 1900;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = Number(match, "second");
        if (month is < 1 or > 12 || year is < 1970 or > 9998 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
            return null;
        if (Offset(match.Groups["zone"].Value, assumedOffset) is not { } offset) return null;

        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    /// <summary>A zone written as "+0700", "+07:00" or a name; a missing zone is the caller's assumption (UTC for feeds, as RFC 822 readers commonly do).</summary>
    private static TimeSpan? Offset(string zone, TimeSpan assumedOffset)
    {
        if (zone.Length == 0) return assumedOffset;
        if (ZoneHours.TryGetValue(zone, out var hours)) return TimeSpan.FromHours(hours);
        var numeric = NumericZone().Match(zone);
        if (!numeric.Success) return null;
        var span = new TimeSpan(int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture),
            int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
        return numeric.Groups["sign"].Value == "-" ? -span : span;
    }

    private static DateTime? ParseIso(string text, TimeSpan assumedOffset)
    {
        // ISO 8601 and its W3C-DTF profile (Atom, dc:date, article:published_time); no zone means the assumed one.
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        // "2016-02-23 T16:00:20Z": a space before the T is a slip some CMS templates make; the value is still clear.
        text = SpaceBeforeT().Replace(text, "$1T");
        var shape = IsoShape().Match(text);
        if (!shape.Success) return null;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed)) return null;
        var zoned = shape.Groups[4].Success;
        return zoned ? parsed.UtcDateTime : DateTime.SpecifyKind(parsed.UtcDateTime - assumedOffset, DateTimeKind.Utc);
    }

    private const string TimeAndZone =
        """(?:\s*(?:,|-|–|\||@|pukul|jam)?\s*(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:[:.](?<second>\d{2}))?)?\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?\s*$""";

    private const string InTextTimeAndZone =
        """(?:\s*(?:,|-|–|\||@|pukul|jam)?\s*(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:[:.](?<second>\d{2}))?(?!\d))?(?:\s*(?<zone>WIB|WITA|WIT|GMT|UTC|[+-]\d{2}:?\d{2})\b)?""";

    [GeneratedRegex("""(?<![\p{L}\d])(?<day>\d{1,2})\s+(?<month>\p{L}{3,})\.?,?\s+(?<year>\d{4})(?!\d)""" + InTextTimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex InTextMonthName();

    [GeneratedRegex("""(?<![\p{L}\d/.-])(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4})(?![\d/.-])""" + InTextTimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex InTextNumeric();

    [GeneratedRegex("""^(\d{4}-\d{2}-\d{2})\s+T""")]
    private static partial Regex SpaceBeforeT();

    [GeneratedRegex("""^(?:[\p{L}]+\s*,?\s*)?(?<day>\d{1,2})\s+(?<month>\p{L}+)\.?,?\s+(?<year>\d{2,4})""" + TimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex("""^(?:[\p{L}]+\s*,?\s*)?(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4}|\d{2})""" + TimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();

    [GeneratedRegex("""^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$""")]
    private static partial Regex NumericZone();

    [GeneratedRegex("""^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$""")]
    private static partial Regex IsoShape();
}
