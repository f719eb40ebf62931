using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin;

/// <summary>Tells what a sender is: a citizen, an admin or an owner of the bot on that channel.</summary>
public sealed class AdminDirectory(IOptionsMonitor<AdminOptions> options)
{
    public Task<CommandAudience> RoleOfAsync(NewsBotDbContext db, ChannelKind channel, string? senderId, CancellationToken cancellationToken)
    {
        _ = db;
        _ = cancellationToken;
        if (string.IsNullOrEmpty(senderId)) return Task.FromResult(CommandAudience.Everyone);

        var configured = channel == ChannelKind.WhatsApp ? options.CurrentValue.WhatsApp : options.CurrentValue.Telegram;
        if (configured.Owners.Contains(senderId, StringComparer.Ordinal)) return Task.FromResult(CommandAudience.Owner);
        if (configured.Admins.Contains(senderId, StringComparer.Ordinal)) return Task.FromResult(CommandAudience.Admin);
        return Task.FromResult(CommandAudience.Everyone);
    }
}
