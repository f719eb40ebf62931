using NewsBot.Storage;

namespace NewsBot.Chat.Admin;

/// <summary>A source's health in one short line, shared by /sumber and /statistik.</summary>
public static class SourceStatusText
{
    private static readonly Localized Paused = new("⏸ dijeda", "⏸ paused");
    private static readonly Localized Healthy = new("✅ berhasil {0}", "✅ succeeded {0}");
    private static readonly Localized Waiting = new("⏳ belum diambil", "⏳ not fetched yet");
    private static readonly Localized Failing = new("⚠️ gagal {0}x berturut-turut, terakhir berhasil {1}: {2}", "⚠️ failed {0}x in a row, last success {1}: {2}");

    /// <summary>"✅ berhasil 2 mnt lalu", "⚠️ gagal 3x ...: HTTP 503", "⏳ belum diambil", with "⏸ dijeda" in front when paused.</summary>
    public static string Health(Source source, DateTime nowUtc, string language)
    {
        string health;
        if (source.ConsecutiveFailures > 0)
        {
            health = string.Format(System.Globalization.CultureInfo.InvariantCulture, Failing.In(language), source.ConsecutiveFailures,
                AdminFormat.Ago(source.LastSuccessUtc, nowUtc, language), AdminFormat.Cut(source.LastError ?? "?", 120));
        }
        else if (source.LastSuccessUtc is { } success)
        {
            health = string.Format(System.Globalization.CultureInfo.InvariantCulture, Healthy.In(language), AdminFormat.Ago(success, nowUtc, language));
        }
        else
        {
            health = Waiting.In(language);
        }

        return source.IsEnabled ? health : $"{Paused.In(language)} · {health}";
    }
}
