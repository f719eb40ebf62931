using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>The words the broadcast commands and their reports share: what a broadcast is called, numbers, ids.</summary>
public static class BroadcastWording
{
    public static readonly Localized Broadcast = new("Siaran", "Broadcast");
    public static readonly Localized UrgentNotice = new("Peringatan darurat", "Urgent notice");

    /// <summary>"Siaran #12" / "Urgent notice #12".</summary>
    public static string Name(Broadcast broadcast, string language) =>
        $"{(broadcast.Urgent ? UrgentNotice : Broadcast).In(language)} #{broadcast.Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Thousands grouped as each language writes them: 1.200 in Indonesian, 1,200 in English.</summary>
    public static string Number(int value, string language)
    {
        var grouped = value.ToString("#,0", CultureInfo.InvariantCulture);
        return language == "en" ? grouped : grouped.Replace(',', '.');
    }

    /// <summary>Reads "12" or "#12"; null when there is no number (the sender's latest draft is meant) or it is not one.</summary>
    public static (long? Id, bool Valid) ReadId(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0) return (null, true);
        return long.TryParse(arguments[0].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? (id, true)
            : (null, false);
    }
}
