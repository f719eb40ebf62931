using System.Globalization;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// The newsroom's own Telegram channels (Telegram:NewsroomChannels), which receive every article whatever its topics.
/// Chat ids as Telegram gives them, e.g. -1001234567890; the bot must be an administrator of the channel to post.
/// </summary>
public sealed class NewsroomChannelOptions
{
    public const string SectionName = "Telegram";

    public List<string> NewsroomChannels { get; set; } = [];

    public bool IsValid => NewsroomChannels.All(id => long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
}
