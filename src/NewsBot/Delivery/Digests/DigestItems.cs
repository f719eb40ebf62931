using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery.Digests;

/// <summary>Loads the articles each claimed digest carries, newest first.</summary>
public static class DigestItems
{
    public static async Task<Dictionary<long, IReadOnlyList<DigestItem>>> LoadAsync(
        NewsBotDbContext db, IReadOnlyCollection<long> carrierIds, CancellationToken cancellationToken)
    {
        if (carrierIds.Count == 0) return [];
        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => d.DigestId != null && carrierIds.Contains(d.DigestId.Value))
            .Select(d => new { DigestId = d.DigestId!.Value, d.ArticleId, d.Article!.Title, d.Article.Url, d.Article.PublishedUtc })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.DigestId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<DigestItem>)g.OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.ArticleId)
                .Select(r => new DigestItem(r.Title, r.Url, r.PublishedUtc)).ToList());
    }
}
