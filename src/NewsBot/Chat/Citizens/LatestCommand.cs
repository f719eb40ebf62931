using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsBot.Extraction;

namespace NewsBot.Chat.Citizens;

/// <summary>/terbaru [topik]: the five newest articles, of one topic or of all.</summary>
public sealed class LatestCommand : IChatCommand
{
    private const int LatestShown = 5;

    public CommandDescriptor Descriptor { get; } = new(
        "terbaru", "latest", new("Berita terbaru", "Latest news"), Usage: new("[topik]", "[topic]"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var tag = context.Arguments.Count > 0 ? TagSlug.Normalize(context.Arguments[0]) : null;
        var query = context.Db.Articles.AsNoTracking();
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
