using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Telegram;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Staff;

/// <summary>
/// /admin lists the owners and admins of both channels; an owner adds or removes admins of their own channel with
/// /admin tambah|hapus &lt;id&gt;. Admins named in configuration stay there: they are changed in the settings, not in chat.
/// A Telegram admin's "/" menu follows at once.
/// </summary>
public sealed class AdminsCommand(AdminDirectory directory, TelegramCommandMenus menus, TimeProvider time) : IChatCommand
{
    private static readonly string[] AddWords = ["tambah", "add"];
    private static readonly string[] RemoveWords = ["hapus", "remove"];

    private static readonly Localized Header = new("Pemilik dan admin:", "Owners and admins:");
    private static readonly Localized Owner = new("pemilik", "owner");
    private static readonly Localized AdminRole = new("admin", "admin");
    private static readonly Localized FromSettings = new("konfigurasi", "configuration");
    private static readonly Localized AddedBy = new("ditambahkan oleh {0} {1}", "added by {0} {1}");
    private static readonly Localized Nobody = new("belum ada", "none");
    private static readonly Localized Usage = new(
        "Pemilik dapat mengubah admin: /admin tambah <id> atau /admin hapus <id> (id pengguna Telegram, atau nomor WhatsApp seperti 6281234567890).",
        "Owners can change the admins: /admins add <id> or /admins remove <id> (a Telegram user id, or a WhatsApp number such as 6281234567890).");

    private static readonly Localized OwnersOnly = new(
        "Hanya pemilik yang dapat menambah atau menghapus admin.", "Only an owner can add or remove admins.");

    private static readonly Localized NeedsId = new(
        "Sebutkan id-nya, contoh: /admin {0} 123456789", "Give the id, e.g. /admins {0} 123456789");

    private static readonly Localized BadTelegramId = new(
        "\"{0}\" bukan id pengguna Telegram (angka, misalnya 123456789). Pengguna itu dapat melihat id-nya lewat bot seperti @userinfobot.",
        "\"{0}\" is not a Telegram user id (a number such as 123456789). The user can see their id with a bot such as @userinfobot.");

    private static readonly Localized BadPhone = new(
        "\"{0}\" bukan nomor WhatsApp. Tulis angka saja dengan kode negara, contoh: 6281234567890.",
        "\"{0}\" is not a WhatsApp number. Write digits only with the country code, e.g. 6281234567890.");

    private static readonly Localized AlreadyStaff = new("{0} sudah {1}.", "{0} is already {1}.");
    private static readonly Localized Added = new("✅ {0} sekarang admin {1}.", "✅ {0} is now a {1} admin.");
    private static readonly Localized MenuNote = new(
        "Menu admin muncul di chat pribadinya dengan bot.", "The admin menu appears in their private chat with the bot.");

    private static readonly Localized Removed = new("🗑 {0} bukan admin lagi.", "🗑 {0} is no longer an admin.");
    private static readonly Localized NotAppointed = new("{0} bukan admin yang ditambahkan lewat chat.", "{0} is not an admin added in chat.");
    private static readonly Localized Configured = new(
        "{0} diatur di konfigurasi (Admins:{1}); ubah di sana, bukan lewat chat.",
        "{0} is set in the configuration (Admins:{1}); change it there, not in chat.");

    public CommandDescriptor Descriptor { get; } = new(
        "admin", "admins", new("Daftar admin; pemilik menambah/menghapus admin", "List admins; owners add or remove admins"),
        CommandAudience.Admin, new("[tambah|hapus <id>]", "[add|remove <id>]"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var args = context.Arguments;
        if (args.Count == 0) return await ListAsync(context, cancellationToken);

        var adding = AddWords.Contains(args[0], StringComparer.OrdinalIgnoreCase);
        if (!adding && !RemoveWords.Contains(args[0], StringComparer.OrdinalIgnoreCase)) return new ChatReply(context.Text(Usage));
        if (context.SenderRole < CommandAudience.Owner) return new ChatReply(context.Text(OwnersOnly));
        if (args.Count < 2) return new ChatReply(context.Format(NeedsId, args[0].ToLowerInvariant()));

        var channel = context.Command.Channel;
        var userId = args[1].TrimStart('+');
        if (!IsValidId(channel, userId))
            return new ChatReply(context.Format(channel == ChannelKind.WhatsApp ? BadPhone : BadTelegramId, AdminFormat.Cut(args[1], 30)));

        return adding ? await AddAsync(context, channel, userId, cancellationToken) : await RemoveAsync(context, channel, userId, cancellationToken);
    }

    private async Task<ChatReply> AddAsync(CommandContext context, ChannelKind channel, string userId, CancellationToken cancellationToken)
    {
        var role = await directory.RoleOfAsync(context.Db, channel, userId, cancellationToken);
        if (role > CommandAudience.Everyone) return new ChatReply(context.Format(AlreadyStaff, userId, RoleName(context, role)));

        context.Db.AdminAccounts.Add(new AdminAccount
        {
            Channel = channel, UserId = userId, AddedBy = context.Command.SenderId, AddedUtc = time.GetUtcNow().UtcDateTime,
        });
        await context.Db.SaveChangesAsync(cancellationToken);
        if (channel != ChannelKind.Telegram) return new ChatReply(context.Format(Added, userId, channel));
        // The owner's own list holds every admin command, so it is the right source for an admin's menu.
        await menus.ShowStaffMenuAsync(userId, CommandAudience.Admin, context.AvailableCommands, cancellationToken);
        return new ChatReply(context.Format(Added, userId, channel) + " " + context.Text(MenuNote));
    }

    private async Task<ChatReply> RemoveAsync(CommandContext context, ChannelKind channel, string userId, CancellationToken cancellationToken)
    {
        if (directory.ConfiguredRoleOf(channel, userId) is { } configured)
            return new ChatReply(context.Format(Configured, userId, $"{channel}:{(configured == CommandAudience.Owner ? "Owners" : "Admins")}"));

        var account = await context.Db.AdminAccounts.SingleOrDefaultAsync(a => a.Channel == channel && a.UserId == userId, cancellationToken);
        if (account is null) return new ChatReply(context.Format(NotAppointed, userId));

        context.Db.AdminAccounts.Remove(account);
        await context.Db.SaveChangesAsync(cancellationToken);
        if (channel == ChannelKind.Telegram) await menus.HideStaffMenuAsync(userId, cancellationToken);
        return new ChatReply(context.Format(Removed, userId));
    }

    private async Task<ChatReply> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(context.Text(Header)).Append('\n');
        foreach (var channel in new[] { ChannelKind.Telegram, ChannelKind.WhatsApp })
        {
            var staff = await directory.StaffAsync(context.Db, channel, cancellationToken);
            text.Append('\n').Append(channel).Append(":\n");
            if (staff.Count == 0) text.Append(context.Text(Nobody)).Append('\n');
            foreach (var member in staff)
            {
                text.Append(member.Role == CommandAudience.Owner ? "👑 " : "• ").Append(member.UserId)
                    .Append(" (").Append(RoleName(context, member.Role)).Append(", ")
                    .Append(member.Configured
                        ? context.Text(FromSettings)
                        : context.Format(AddedBy, member.AddedBy ?? "?", member.AddedUtc is { } at ? AdminFormat.Stamp(at) : ""))
                    .Append(")\n");
            }
        }

        if (context.SenderRole == CommandAudience.Owner) text.Append('\n').Append(context.Text(Usage));
        return new ChatReply(text.ToString().TrimEnd());
    }

    private static string RoleName(CommandContext context, CommandAudience role) =>
        context.Text(role == CommandAudience.Owner ? Owner : AdminRole);

    /// <summary>Telegram user ids are positive numbers; WhatsApp numbers are 8 to 15 digits with the country code (E.164).</summary>
    private static bool IsValidId(ChannelKind channel, string id) => channel == ChannelKind.WhatsApp
        ? id.Length is >= 8 and <= 15 && id.All(char.IsAsciiDigit)
        : long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0;
}
