using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The citizens' picker, privacy commands, group rules and flood control through the real Telegram.Bot client against
/// the fake Bot API: inline keyboards, button presses, edits in place and getChatMember.
/// </summary>
public sealed class CitizensTelegramEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeTelegramServer.StartAsync();

    private Task<RunningBot> StartBotAsync(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>(telegram.BotSettings())
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sample:Enabled"] = "false",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return RunningBot.StartAsync(settings);
    }

    private static async Task SeedTopicsAsync(RunningBot bot)
    {
        await using var db = bot.OpenDatabase();
        var source = Seed.Source(db);
        Seed.Article(db, source, "Pasar murah", "ekonomi");
        Seed.Article(db, source, "Harga beras", "ekonomi");
        Seed.Article(db, source, "Posyandu", "kesehatan");
    }

    /// <summary>The inline keyboard of a sent message as (label, callback data) pairs.</summary>
    private static List<(string Label, string Data)> Keyboard(SentMessage message) =>
        message.ReplyMarkupJson is null
            ? []
            : [.. JsonNode.Parse(message.ReplyMarkupJson)!["inline_keyboard"]!.AsArray()
                .SelectMany(row => row!.AsArray())
                .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()))];

    private static string Data(SentMessage message, string label) => Keyboard(message).Single(b => b.Label == label).Data;

    private Task<SentMessage> ReplyAsync(long chatId, string containing) =>
        telegram.WaitForMessageAsync(m => m.ChatId == chatId && m.Text.Contains(containing, StringComparison.Ordinal), Wait);

    private Task<SentMessage> EditedAsync(long chatId, int messageId, int edits) =>
        telegram.WaitForMessageAsync(m => m.ChatId == chatId && m.MessageId == messageId && m.Edits >= edits, Wait);

    private static async Task<List<string>> TagsOfAsync(RunningBot bot, string chatId)
    {
        await using var db = bot.OpenDatabase();
        return await db.SubscriberTags.Where(t => db.Subscribers.Any(s => s.Id == t.SubscriberId && s.ChatId == chatId))
            .Select(t => t.Tag).OrderBy(t => t).ToListAsync();
    }

    [Fact]
    public async Task The_topic_picker_toggles_a_topic_by_editing_its_own_message()
    {
        const long chat = 2001;
        await using var bot = await StartBotAsync();
        await SeedTopicsAsync(bot);

        telegram.EnqueueMessage(chat, "/topik");
        var picker = await ReplyAsync(chat, "• ekonomi (2)");
        Assert.All(Keyboard(picker), b => Assert.True(Encoding.UTF8.GetByteCount(b.Data) <= 64, b.Data));
        Assert.Equal(["ekonomi", "kesehatan"], Keyboard(picker).Select(b => b.Label));

        telegram.EnqueueButtonPress(chat, Data(picker, "ekonomi"), picker.MessageId);
        var added = await EditedAsync(chat, picker.MessageId, 1);

        Assert.Contains("✅ ekonomi (2)", added.Text, StringComparison.Ordinal);
        Assert.Equal(["✅ ekonomi", "kesehatan"], Keyboard(added).Select(b => b.Label));
        Assert.Equal(["ekonomi"], await TagsOfAsync(bot, "2001"));

        telegram.EnqueueButtonPress(chat, Data(added, "✅ ekonomi"), picker.MessageId);
        var removed = await EditedAsync(chat, picker.MessageId, 2);

        Assert.Contains("• ekonomi (2)", removed.Text, StringComparison.Ordinal);
        Assert.Empty(await TagsOfAsync(bot, "2001"));
        Assert.Single(telegram.SentMessages, m => m.ChatId == chat);
    }

    [Fact]
    public async Task A_deep_link_subscribes_and_erasure_asks_first_then_cancel_and_confirm_edit_the_question()
    {
        const long chat = 2002;
        await using var bot = await StartBotAsync();

        telegram.EnqueueMessage(chat, "/start banjir");
        await ReplyAsync(chat, "berlangganan: banjir");
        Assert.Equal(["banjir"], await TagsOfAsync(bot, "2002"));

        telegram.EnqueueMessage(chat, "/dataku");
        Assert.Contains("• Topik: banjir", (await ReplyAsync(chat, "Data yang kami simpan")).Text, StringComparison.Ordinal);

        telegram.EnqueueMessage(chat, "/hapusdata");
        var question = await ReplyAsync(chat, "Hapus semua data chat ini?");
        telegram.EnqueueButtonPress(chat, Data(question, "Batal"), question.MessageId);
        var cancelled = await EditedAsync(chat, question.MessageId, 1);
        Assert.Equal("Dibatalkan. Data Anda tidak diubah.", cancelled.Text);
        Assert.Empty(Keyboard(cancelled));
        Assert.Equal(["banjir"], await TagsOfAsync(bot, "2002"));

        telegram.EnqueueMessage(chat, "/hapusdata");
        var again = await telegram.WaitForMessageAsync(
            m => m.ChatId == chat && m.MessageId != question.MessageId && m.Text.StartsWith("Hapus semua", StringComparison.Ordinal), Wait);
        telegram.EnqueueButtonPress(chat, Data(again, "Ya, hapus"), again.MessageId);
        var erased = await EditedAsync(chat, again.MessageId, 1);

        Assert.StartsWith("Semua data chat ini telah dihapus.", erased.Text, StringComparison.Ordinal);
        await using (var db = bot.OpenDatabase())
        {
            Assert.False(await db.Subscribers.AnyAsync(s => s.ChatId == "2002"));
        }

        telegram.EnqueueMessage(chat, "/dataku");
        await ReplyAsync(chat, "Kami tidak menyimpan data apa pun");
    }

    [Fact]
    public async Task In_a_group_only_its_administrators_change_subscriptions_and_language()
    {
        const long group = -1002003;
        const long member = 3001, admin = 3002, creator = 3003;
        telegram.SetChatMemberStatus(group, admin, "administrator");
        telegram.SetChatMemberStatus(group, creator, "creator");
        await using var bot = await StartBotAsync();
        await SeedTopicsAsync(bot);

        telegram.EnqueueMessage(group, "/langganan ekonomi", chatType: "supergroup", fromId: member);
        await ReplyAsync(group, "hanya admin grup");
        Assert.Empty(await TagsOfAsync(bot, "-1002003"));

        telegram.EnqueueMessage(group, "/langganan@NewsBot ekonomi", chatType: "supergroup", fromId: admin);
        await ReplyAsync(group, "berlangganan: ekonomi");
        telegram.EnqueueMessage(group, "/bahasa en", chatType: "supergroup", fromId: creator);
        await ReplyAsync(group, "Language set to English.");

        telegram.EnqueueMessage(group, "/tags", chatType: "supergroup", fromId: member);
        var picker = await ReplyAsync(group, "Topics (number of articles)");
        telegram.EnqueueButtonPress(group, Data(picker, "kesehatan"), picker.MessageId, fromId: member);
        var refusal = await ReplyAsync(group, "only the group's admins");

        Assert.NotEqual(picker.MessageId, refusal.MessageId);
        Assert.Equal(0, telegram.Message(group, picker.MessageId)!.Edits);
        Assert.Equal(["ekonomi"], await TagsOfAsync(bot, "-1002003"));
        Assert.True(telegram.RequestCount("getChatMember") >= 4);

        // An admin posting anonymously writes as the group itself, which only its admins can do.
        telegram.EnqueueAnonymousAdminMessage(group, "/subscribe kesehatan");
        await ReplyAsync(group, "You are subscribed to: kesehatan");
        Assert.Equal(["ekonomi", "kesehatan"], await TagsOfAsync(bot, "-1002003"));
    }

    [Fact]
    public async Task A_flooding_chat_gets_one_polite_answer_and_other_chats_are_still_served()
    {
        const long flooder = 2004, neighbour = 2005;
        await using var bot = await StartBotAsync(("Chat:CommandsPerChat", "3"), ("Chat:CommandsPerChatWindow", "01:00:00"));

        for (var i = 0; i < 6; i++) telegram.EnqueueMessage(flooder, "/bantuan");
        telegram.EnqueueMessage(neighbour, "/bantuan");
        // The neighbour is answered at once; the flooder's answers come one a second, in order, the last a polite refusal.
        await ReplyAsync(neighbour, "Perintah NewsBot:");
        await telegram.WaitForMessageAsync(m => m.ChatId == flooder && m.Text.StartsWith("Mohon tunggu sebentar", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        // Updates are handled one after another, so the neighbour's answer means all six commands were handled and any
        // answer to them queued in the flooder's chat; it is out once the chat's queue is.
        await bot.WaitForQueuedAnswersAsync(ChannelKind.Telegram, flooder.ToString(System.Globalization.CultureInfo.InvariantCulture), Wait);

        var answers = telegram.SentMessages.Where(m => m.ChatId == flooder).Select(m => m.Text).ToList();
        Assert.Equal(4, answers.Count);
        Assert.All(answers.Take(3), text => Assert.StartsWith("Perintah NewsBot:", text, StringComparison.Ordinal));
        Assert.StartsWith("Mohon tunggu sebentar", answers[3], StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
