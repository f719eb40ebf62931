using NewsBot.Fetching;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>Why one kind of source did not fit an address.</summary>
/// <param name="Label">What was tried ("WordPress", the advertised feed's address); null for the address itself.</param>
public sealed record ProbeReason(string? Label, FetchProblem Problem);
