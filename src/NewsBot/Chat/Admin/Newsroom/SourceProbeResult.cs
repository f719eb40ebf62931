namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>The preview, or why the address could not be read as any kind of source (one reason per kind tried).</summary>
public sealed record SourceProbeResult(SourcePreview? Preview, IReadOnlyList<ProbeReason> Reasons);
