using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace NewsBot.Chat.Citizens;

/// <summary>/topik: the topics that exist, with how many articles each.</summary>
public sealed class TopicsCommand : IChatCommand
{
    private const int TopicsShown = 30;

    public CommandDescriptor Descriptor { get; } = new("topik", "tags", new("Topik yang tersedia", "Available topics"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var topics = await context.Db.ArticleTags
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
}
