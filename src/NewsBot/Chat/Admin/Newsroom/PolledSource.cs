using NewsBot.Sources;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>One source polled on an admin's request, and what the poll did.</summary>
public sealed record PolledSource(int Id, string Name, RefreshResult Result);
