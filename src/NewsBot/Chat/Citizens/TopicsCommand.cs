using System.Globalization;
using NewsBot.Extraction;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// /topik: the topic picker. Shows a page of topics with their article counts and a button per topic; a pressed
/// button ("/topik +ekonomi 1", "/topik -ekonomi 1") adds or removes that topic and redraws the same page in place.
/// "/topik 2" shows the second page.
/// </summary>
public sealed class TopicsCommand(SubscriptionEditor subscriptions, ChatSettingsGuard guard) : IChatCommand
{
    private static readonly Localized Usage = new(
        "Ketik /topik untuk memilih topik, atau /langganan <topik> untuk berlangganan.",
        "Type /tags to choose topics, or /subscribe <topic> to subscribe.");
    private static readonly Localized Added = new("✅ Anda berlangganan: {0}", "✅ You are subscribed to: {0}");
    private static readonly Localized Removed = new("Anda berhenti dari: {0}", "You left: {0}");
    private static readonly Localized Gone = new("Topik itu tidak ada lagi.", "That topic no longer exists.");
    private static readonly Localized Full = new(
        "Batas {0} topik tercapai. Berhenti dari topik lain dulu.", "You have reached the limit of {0} topics. Leave another topic first.");

    public CommandDescriptor Descriptor { get; } = new(
        "topik", "tags", new("Pilih topik (tekan untuk berlangganan/berhenti)", "Choose topics (press to subscribe/leave)"),
        Usage: new("[halaman]", "[page]"));

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!TryRead(context.Arguments, out var page, out var toggle)) return new ChatReply(context.Text(Usage));

        var topics = await TopicCount.LoadAsync(context.Db, context.Subscriber, cancellationToken);
        string? status = null;
        if (toggle is { } press)
        {
            if (await guard.RefusalAsync(context, cancellationToken) is { } refusal) return refusal;
            status = await ApplyAsync(context, press.Add, press.Token, topics, cancellationToken);
            topics = await TopicCount.LoadAsync(context.Db, context.Subscriber, cancellationToken);
        }

        if (topics.Count == 0) return new ChatReply(context.Texts.NoTopicsYet);
        return TopicPickerView.Render(context, topics, page, status);
    }

    private async Task<string> ApplyAsync(
        CommandContext context, bool add, string token, List<TopicCount> topics, CancellationToken cancellationToken)
    {
        var known = topics.Select(t => t.Tag);
        var tag = TopicToken.IsHashed(token) ? TopicToken.Resolve(token, known) : known.FirstOrDefault(t => t == token) ?? TagSlug.Normalize(token);
        if (tag is null) return context.Text(Gone);

        if (add && !subscriptions.TryAdd(context, tag)) return context.Format(Full, SubscriptionEditor.MaxTagsPerSubscriber);
        if (!add) subscriptions.Remove(context, tag);
        await context.Db.SaveChangesAsync(cancellationToken);
        return context.Format(add ? Added : Removed, tag);
    }

    /// <summary>Reads "[+tag|-tag] [page]"; false for anything else.</summary>
    private static bool TryRead(IReadOnlyList<string> args, out int page, out (bool Add, string Token)? toggle)
    {
        page = 1;
        toggle = null;
        var rest = args;
        if (rest.Count > 0 && rest[0].Length > 1 && rest[0][0] is '+' or '-')
        {
            toggle = (rest[0][0] == '+', rest[0][1..]);
            rest = [.. rest.Skip(1)];
        }

        if (rest.Count == 0) return true;
        return rest.Count == 1 && int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out page) && page > 0;
    }
}
