using System.Globalization;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>A source's health in one short line, shared by /sumber and /statistik.</summary>
public static class SourceStatusText
{
    private static readonly Localized Paused = new("⏸ dijeda", "⏸ paused");
    private static readonly Localized Healthy = new("✅ berhasil {0}", "✅ succeeded {0}");
    private static readonly Localized Waiting = new("⏳ belum diambil", "⏳ not fetched yet");
    private static readonly Localized Failing = new("⚠️ gagal {0}x berturut-turut, terakhir berhasil {1}: {2}", "⚠️ failed {0}x in a row, last succeeded {1}: {2}");
    private static readonly Localized NeverWorked = new("⚠️ gagal {0}x berturut-turut, belum pernah berhasil: {1}", "⚠️ failed {0}x in a row, never succeeded: {1}");

    /// <summary>
    /// "✅ berhasil 2 mnt lalu", "⚠️ gagal 3x ...: server sedang bermasalah (HTTP 503)", "⏳ belum diambil", with
    /// "⏸ dijeda" in front when paused. The problem is worded from its kind; its English detail is in the log.
    /// </summary>
    public static string Health(Source source, DateTime nowUtc, string language)
    {
        string health;
        if (source.ConsecutiveFailures > 0)
        {
            var problem = AdminFormat.Cut(FetchProblemWording.In(source.LastErrorKind, source.LastErrorStatus, language), 120);
            health = source.LastSuccessUtc is { } lastSuccess
                ? string.Format(CultureInfo.InvariantCulture, Failing.In(language), source.ConsecutiveFailures,
                    AdminFormat.Ago(lastSuccess, nowUtc, language), problem)
                : string.Format(CultureInfo.InvariantCulture, NeverWorked.In(language), source.ConsecutiveFailures, problem);
        }
        else if (source.LastSuccessUtc is { } success)
        {
            health = string.Format(CultureInfo.InvariantCulture, Healthy.In(language), AdminFormat.Ago(success, nowUtc, language));
        }
        else
        {
            health = Waiting.In(language);
        }

        return source.IsEnabled ? health : $"{Paused.In(language)} · {health}";
    }
}
