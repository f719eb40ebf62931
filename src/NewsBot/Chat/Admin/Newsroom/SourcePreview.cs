using NewsBot.Storage;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>What a first fetch of a new source found: its kind, the address to store, its title and its newest items.</summary>
public sealed record SourcePreview(SourceKind Kind, string Url, string Title, int ItemCount, IReadOnlyList<string> FirstTitles);
