using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Staff;

/// <summary>
/// Tells what a sender is: a citizen, an admin or an owner of the bot on that channel. Owners and admins named in
/// configuration come first; admins an owner appointed from chat (the AdminAccounts table) are added to them.
/// </summary>
public sealed partial class AdminDirectory(IOptionsMonitor<AdminOptions> options, ILogger<AdminDirectory> logger)
{
    private AdminOptions? lastValid;
    private string? lastRejected;

    public async Task<CommandAudience> RoleOfAsync(NewsBotDbContext db, ChannelKind channel, string? senderId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(senderId)) return CommandAudience.Everyone;
        if (ConfiguredRoleOf(channel, senderId) is { } configured) return configured;
        var appointed = await db.AdminAccounts.AsNoTracking()
            .AnyAsync(a => a.Channel == channel && a.UserId == senderId, cancellationToken);
        return appointed ? CommandAudience.Admin : CommandAudience.Everyone;
    }

    /// <summary>The role configuration gives <paramref name="userId"/>, or null when configuration does not name it.</summary>
    public CommandAudience? ConfiguredRoleOf(ChannelKind channel, string userId)
    {
        var configured = For(channel);
        if (configured.Owners.Contains(userId, StringComparer.Ordinal)) return CommandAudience.Owner;
        if (configured.Admins.Contains(userId, StringComparer.Ordinal)) return CommandAudience.Admin;
        return null;
    }

    /// <summary>Everyone with a role on <paramref name="channel"/>: configured owners and admins, then appointed admins.</summary>
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(NewsBotDbContext db, ChannelKind channel, CancellationToken cancellationToken)
    {
        var configured = For(channel);
        var staff = configured.Owners.Distinct(StringComparer.Ordinal)
            .Select(id => new StaffMember(channel, id, CommandAudience.Owner, Configured: true, AddedBy: null, AddedUtc: null))
            .Concat(configured.Admins.Distinct(StringComparer.Ordinal).Where(id => !configured.Owners.Contains(id, StringComparer.Ordinal))
                .Select(id => new StaffMember(channel, id, CommandAudience.Admin, Configured: true, AddedBy: null, AddedUtc: null)))
            .ToList();
        var appointed = await db.AdminAccounts.AsNoTracking().Where(a => a.Channel == channel)
            .OrderBy(a => a.AddedUtc).ToListAsync(cancellationToken);
        staff.AddRange(appointed.Where(a => staff.All(s => s.UserId != a.UserId))
            .Select(a => new StaffMember(channel, a.UserId, CommandAudience.Admin, Configured: false, a.AddedBy, a.AddedUtc)));
        return staff;
    }

    private ChannelAdmins For(ChannelKind channel) => channel == ChannelKind.WhatsApp ? Current().WhatsApp : Current().Telegram;

    /// <summary>
    /// The admins as configured now. appsettings.json is reloaded when edited; an edit that fails the checks (an id
    /// that is not a number) keeps the last valid list, with a warning, rather than failing every command until fixed.
    /// </summary>
    private AdminOptions Current()
    {
        try
        {
            return lastValid = options.CurrentValue;
        }
        catch (OptionsValidationException error) when (lastValid is not null)
        {
            if (error.Message != lastRejected) LogReloadRejected(logger, error.Message);
            lastRejected = error.Message;
            return lastValid;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The edited Admins settings are not valid and are not used until fixed: {Problems}")]
    private static partial void LogReloadRejected(ILogger logger, string problems);
}
