namespace NewsBot.Chat.Admin;

/// <summary>
/// The newsroom staff who may run the bot from chat, per channel, by user id (Telegram) or phone number (WhatsApp,
/// digits only, e.g. 6281234567890). Owners may do everything admins may, and manage the admins.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admins";

    public ChannelAdmins Telegram { get; set; } = new();
    public ChannelAdmins WhatsApp { get; set; } = new();
}

public sealed class ChannelAdmins
{
    public List<string> Owners { get; set; } = [];
    public List<string> Admins { get; set; } = [];
}
