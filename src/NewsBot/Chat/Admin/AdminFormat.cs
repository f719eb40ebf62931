using System.Globalization;
using NewsBot.Text;

namespace NewsBot.Chat.Admin;

/// <summary>Short times and durations for admin answers, in the admin's language, readable on a small screen.</summary>
public static class AdminFormat
{
    /// <summary>"5 mnt lalu" / "5 min ago"; "belum pernah" / "never" when there is no time.</summary>
    public static string Ago(DateTime? thenUtc, DateTime nowUtc, string language)
    {
        if (thenUtc is not { } then) return language == "en" ? "never" : "belum pernah";
        var span = nowUtc - then;
        if (span < TimeSpan.FromMinutes(1)) return language == "en" ? "just now" : "baru saja";
        return language == "en" ? $"{Duration(span, language)} ago" : $"{Duration(span, language)} lalu";
    }

    /// <summary>"30 dtk", "5 mnt", "2 jam", "3 hari" (English: s, min, h, d), rounded down to the largest unit.</summary>
    public static string Duration(TimeSpan span, string language)
    {
        var en = language == "en";
        if (span < TimeSpan.FromMinutes(1)) return Number((int)span.TotalSeconds) + (en ? " s" : " dtk");
        if (span < TimeSpan.FromHours(1)) return Number((int)span.TotalMinutes) + (en ? " min" : " mnt");
        if (span < TimeSpan.FromDays(1)) return Number((int)span.TotalHours) + (en ? " h" : " jam");
        return Number((int)span.TotalDays) + (en ? " d" : " hari");
    }

    /// <summary>A UTC time as "29-11 07:05 UTC": the log is read by staff who may sit in different time zones.</summary>
    public static string Stamp(DateTime utc) => utc.ToString("dd-MM HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="length"/> characters with an ellipsis.</summary>
    public static string Cut(string text, int length) => TextCut.WithEllipsis(text, length);
}
