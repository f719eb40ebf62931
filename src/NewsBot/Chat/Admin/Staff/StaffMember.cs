using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Staff;

/// <summary>An owner or admin of one channel, and whether configuration or an owner in chat made them one.</summary>
public sealed record StaffMember(
    ChannelKind Channel, string UserId, CommandAudience Role, bool Configured, string? AddedBy, DateTime? AddedUtc);
