using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsBot.Extraction;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>The read-only commands: which topics exist, and the latest articles.</summary>
internal static class BrowseCommands
{
    private const int TopicsShown = 30;
    private const int LatestShown = 5;

    public static async Task<ChatReply> TopicsAsync(NewsBotDbContext db, BotTexts texts, CancellationToken cancellationToken)
    {
        var topics = await db.ArticleTags
            .GroupBy(t => t.Tag)
            .Select(g => new { Tag = g.Key, Count = g.Count() })
            .OrderByDescending(t => t.Count).ThenBy(t => t.Tag)
            .Take(TopicsShown)
            .ToListAsync(cancellationToken);
        if (topics.Count == 0) return new ChatReply(texts.NoTopicsYet);

        var text = new StringBuilder(texts.TopicsHeader).Append('\n');
        foreach (var topic in topics) text.Append(CultureInfo.InvariantCulture, $"• {topic.Tag} ({topic.Count})\n");
        return new ChatReply(text.Append('\n').Append(texts.TopicsFooter).ToString());
    }

    public static async Task<ChatReply> LatestAsync(
        NewsBotDbContext db, BotTexts texts, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var tag = args.Count > 0 ? TagSlug.Normalize(args[0]) : null;
        var query = db.Articles.AsNoTracking();
        if (tag is not null) query = query.Where(a => a.Tags.Any(t => t.Tag == tag));
        var articles = await query
            .OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id)
            .Take(LatestShown)
            .Select(a => new { a.Title, a.Url })
            .ToListAsync(cancellationToken);

        if (articles.Count == 0)
        {
            return new ChatReply(tag is null ? texts.NoArticles : string.Format(CultureInfo.InvariantCulture, texts.NoArticlesForTag, tag));
        }

        var header = tag is null ? texts.LatestHeader : string.Format(CultureInfo.InvariantCulture, texts.LatestHeaderForTag, tag);
        var text = new StringBuilder(header).Append('\n');
        foreach (var article in articles) text.Append("\n• ").Append(article.Title).Append('\n').Append(article.Url).Append('\n');
        return new ChatReply(text.ToString().TrimEnd());
    }
}
