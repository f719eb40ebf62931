using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using NewsBot.Chat.Admin.Staff;

namespace NewsBot.Chat.Admin;

/// <summary>
/// The newsroom staff who may run the bot from chat, per channel, by user id (Telegram) or phone number (WhatsApp,
/// digits only, e.g. 6281234567890). Owners may do everything admins may, and manage the admins.
/// </summary>
public sealed partial class AdminOptions : IValidatableObject
{
    public const string SectionName = "Admins";

    private const string TelegramRule = "must be a Telegram user id: digits only, e.g. 123456789 (not a @username; @userinfobot tells a user their id).";
    private const string WhatsAppRule = "must be a WhatsApp number in international form, digits only, e.g. 6281234567890 (no +, spaces or dashes).";

    public ChannelAdmins Telegram { get; set; } = new();
    public ChannelAdmins WhatsApp { get; set; } = new();

    /// <summary>
    /// An id in the wrong shape (a @username, a number with "+" or spaces) never matches a sender, so the person named
    /// would silently have no rights: that is a setting to fix, said on start.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Problems(nameof(Telegram), Telegram, TelegramUserId(), TelegramRule)
            .Concat(Problems(nameof(WhatsApp), WhatsApp, WhatsAppNumber(), WhatsAppRule));

    private static IEnumerable<ValidationResult> Problems(string channel, ChannelAdmins admins, Regex shape, string rule) =>
        new[] { (Role: nameof(ChannelAdmins.Owners), Ids: admins.Owners), (Role: nameof(ChannelAdmins.Admins), Ids: admins.Admins) }
            .SelectMany(list => list.Ids.Select((id, index) => (id, member: $"{channel}:{list.Role}:{index}")))
            .Where(entry => !shape.IsMatch(entry.id ?? ""))
            .Select(entry => new ValidationResult(rule, [entry.member]));

    /// <summary>Telegram user ids are positive (negative ids are groups and channels, which send no commands).</summary>
    [GeneratedRegex(@"^[1-9]\d{0,15}$")]
    private static partial Regex TelegramUserId();

    /// <summary>What WhatsApp gives as the sender: country code and number, E.164 without the plus.</summary>
    [GeneratedRegex(@"^[1-9]\d{6,14}$")]
    private static partial Regex WhatsAppNumber();
}
