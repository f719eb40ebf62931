using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.Citizens;

/// <summary>A topic and how many stored articles carry it.</summary>
public sealed record TopicCount(string Tag, int Articles)
{
    /// <summary>
    /// Every topic of the stored articles, most used first, plus the chat's own topics that no article carries yet (so
    /// that they can be left from the picker too).
    /// </summary>
    public static async Task<List<TopicCount>> LoadAsync(NewsBotDbContext db, Subscriber? subscriber, CancellationToken cancellationToken)
    {
        var topics = await db.ArticleTags.AsNoTracking()
            .GroupBy(t => t.Tag)
            .Select(g => new TopicCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var own = subscriber?.Tags.Select(t => t.Tag).Where(tag => topics.All(t => t.Tag != tag)).Select(tag => new TopicCount(tag, 0)) ?? [];
        return [.. topics.Concat(own).OrderByDescending(t => t.Articles).ThenBy(t => t.Tag, StringComparer.Ordinal)];
    }
}
