namespace NewsBot.Delivery;

/// <summary>
/// The first line of a broadcast in every channel, so a citizen tells an official notice from a news article at a
/// glance; an urgent notice says so in capitals.
/// </summary>
public static class BroadcastHeader
{
    public static string For(NewsKind kind, string language) => (kind, language) switch
    {
        (NewsKind.UrgentNotice, "en") => "⚠️ EMERGENCY ALERT",
        (NewsKind.UrgentNotice, _) => "⚠️ PERINGATAN DARURAT",
        (_, "en") => "📢 ANNOUNCEMENT",
        _ => "📢 PENGUMUMAN",
    };
}
