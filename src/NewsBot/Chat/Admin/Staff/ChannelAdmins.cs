namespace NewsBot.Chat.Admin.Staff;

/// <summary>The owners and admins of one channel, by the id that channel gives a sender.</summary>
public sealed class ChannelAdmins
{
    public List<string> Owners { get; set; } = [];
    public List<string> Admins { get; set; } = [];
}
