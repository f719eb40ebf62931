using System.Globalization;
using System.Text;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin;

/// <summary>
/// The message an admin gets for the alerts waiting for them: one alert as it was raised, several folded into one list
/// (fifty sources failing at once are one message, not fifty), in Indonesian and then English, inside Telegram's limit.
/// </summary>
public static class AdminNoticeText
{
    /// <summary>Room for each language; together well under Telegram's 4,096 and WhatsApp's 4,096.</summary>
    private const int PerLanguageBudget = 1_900;

    public static string Fold(IReadOnlyList<AdminNotice> notices)
    {
        if (notices.Count == 1) return $"⚠️ {notices[0].Indonesian}\n\n{notices[0].English}";

        var count = notices.Count.ToString(CultureInfo.InvariantCulture);
        return "⚠️ " + List($"{count} peringatan untuk admin:", notices.Select(n => n.Indonesian), "… dan {0} lainnya (lihat log).")
               + "\n\n" + List($"{count} alerts for the admins:", notices.Select(n => n.English), "… and {0} more (see the log).");
    }

    private static string List(string heading, IEnumerable<string> lines, string more)
    {
        var text = new StringBuilder(heading);
        var all = lines.ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var line = $"\n• {all[i]}";
            if (text.Length + line.Length > PerLanguageBudget)
            {
                text.Append('\n').Append(string.Format(CultureInfo.InvariantCulture, more, all.Count - i));
                break;
            }

            text.Append(line);
        }

        return text.ToString();
    }
}
