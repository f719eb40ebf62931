using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin;

/// <summary>
/// The messages an admin gets for the alerts waiting for them: one alert as it was raised; several folded into a list
/// (fifty sources failing at once are a few messages, not fifty), Indonesian first, then English. Every alert is in
/// full in one of the messages: a list that would not fit in one message is split, never cut.
/// </summary>
public static class AdminNoticeText
{
    /// <summary>Under Telegram's 4,096 (and WhatsApp's 4,096), with room for the headings.</summary>
    private const int MaxMessageLength = 3_900;

    public static IEnumerable<(IReadOnlyList<AdminNotice> Notices, string Text)> Messages(IReadOnlyList<AdminNotice> notices)
    {
        var group = new List<AdminNotice>();
        var length = 0;
        foreach (var notice in notices)
        {
            var cost = notice.Indonesian.Length + notice.English.Length + 8;
            if (group.Count > 0 && length + cost > MaxMessageLength)
            {
                yield return (group, Text(group));
                group = [];
                length = 0;
            }

            group.Add(notice);
            length += cost;
        }

        if (group.Count > 0) yield return (group, Text(group));
    }

    private static string Text(List<AdminNotice> notices)
    {
        if (notices.Count == 1) return $"⚠️ {notices[0].Indonesian}\n\n{notices[0].English}";
        var count = notices.Count.ToString(CultureInfo.InvariantCulture);
        return $"⚠️ {count} peringatan untuk admin:\n" + string.Concat(notices.Select(n => $"\n• {n.Indonesian}"))
               + $"\n\n{count} alerts for the admins:\n" + string.Concat(notices.Select(n => $"\n• {n.English}"));
    }
}
