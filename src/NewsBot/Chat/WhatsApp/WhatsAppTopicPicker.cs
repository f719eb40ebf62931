using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// WhatsApp users choose topics from an interactive list rather than typing them: each row's id is the command
/// "LANGGANAN topic", so a chosen row comes back through the same parser and handler as typed text.
/// </summary>
public sealed class WhatsAppTopicPicker(WhatsAppClient client, IDbContextFactory<NewsBotDbContext> contexts)
{
    /// <summary>WhatsApp shows at most ten rows in a list.</summary>
    private const int MaxRows = 10;

    public async Task<WhatsAppSendResult?> SendAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var language = await db.Subscribers.Where(s => s.Channel == ChannelKind.WhatsApp && s.ChatId == chatId)
            .Select(s => s.Language).FirstOrDefaultAsync(cancellationToken);
        var topics = await db.ArticleTags.GroupBy(t => t.Tag)
            .Select(g => new { Tag = g.Key, Count = g.Count() })
            .OrderByDescending(t => t.Count).ThenBy(t => t.Tag)
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        if (topics.Count == 0) return null;

        var texts = BotTexts.For(language);
        var rows = topics.Select(t => (
            "LANGGANAN " + t.Tag,
            t.Tag,
            string.Format(CultureInfo.InvariantCulture, texts.TopicPickerRow, t.Count))).ToList();
        return await client.SendListAsync(chatId, texts.TopicPickerBody, texts.TopicPickerButton, rows, cancellationToken);
    }
}
