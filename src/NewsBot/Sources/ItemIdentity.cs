using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsBot.Extraction;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>A feed item with its dedup keys and the hash of what the source says about it, which changes when it is edited.</summary>
public sealed record ItemIdentity(FeedItem Item, string Key, string? GuidKey, string ContentHash)
{
    public static ItemIdentity Of(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var content = string.Join('\0',
            item.Title,
            item.SummaryHtml ?? "",
            item.ContentHtml ?? "",
            item.ImageUrl?.ToString() ?? "",
            item.UpdatedUtc?.ToString("O", CultureInfo.InvariantCulture) ?? "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 16));
        return new ItemIdentity(item, ArticleReader.KeyOf(item), ArticleKey.ForGuid(item.Id), hash);
    }
}
