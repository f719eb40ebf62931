using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Telegram;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;

namespace NewsBot.Tests.TelegramWebhooks;

/// <summary>
/// Webhook mode end to end: the real app on a free port registers its webhook with the fake Bot API, and updates are
/// posted to it over real HTTP as Telegram posts them. Only a POST with the secret is read; an update is stored once
/// however often it comes, and answered through the same handler as long polling.
/// </summary>
public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>More than the worker's one-second look: a second carrying-out, or a stored refused post, would show by then.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private RunningBot bot = null!;
    private TelegramWebhookSender webhook = null!;

    public async Task InitializeAsync() => telegram = await FakeTelegramServer.StartAsync();

    private async Task StartBotAsync()
    {
        bot = await TelegramWebhookBot.StartAsync(telegram, database);
        webhook = new TelegramWebhookSender(bot.BaseUrl, TelegramWebhookBot.Secret);
    }

    [Fact]
    public async Task On_start_the_menus_are_published_and_the_webhook_set_with_its_address_secret_and_update_kinds()
    {
        await StartBotAsync();

        var registration = await telegram.WaitForWebhookAsync(Wait);

        Assert.Equal(TelegramWebhookBot.Url, registration.Url);
        Assert.Equal(TelegramWebhookBot.Secret, registration.SecretToken);
        Assert.Equal(["message", "callback_query"], registration.AllowedUpdates);
        Assert.False(registration.DropPendingUpdates);
        Assert.Contains(telegram.MyCommands(), c => c.Command == "langganan");
        Assert.Contains(telegram.MyCommands("en"), c => c.Command == "subscribe");
        // Long polling would take the updates away from the webhook (and Telegram refuses it while one is set).
        Assert.Equal(0, telegram.RequestCount("getUpdates"));
        Assert.Equal(0, telegram.RequestCount("deleteWebhook"));
    }

    [Fact]
    public async Task A_setWebhook_that_fails_is_tried_again()
    {
        telegram.FailNextSetWebhook(1);
        await StartBotAsync();

        var registration = await telegram.WaitForWebhookAsync(Wait);

        Assert.Equal(TelegramWebhookBot.Secret, registration.SecretToken);
        Assert.Equal(2, telegram.RequestCount("setWebhook"));
    }

    [Fact]
    public async Task A_post_without_the_secret_or_with_a_wrong_one_gets_401_and_nothing_is_stored_or_answered()
    {
        await StartBotAsync();
        var update = telegram.WebhookMessage(3001, "/langganan ekonomi").ToJsonString();

        var statuses = new[]
        {
            (await webhook.PostAsync(update, presentedSecret: null)).StatusCode,
            (await webhook.PostAsync(update, presentedSecret: "")).StatusCode,
            (await webhook.PostAsync(update, presentedSecret: TelegramWebhookBot.Secret + "x")).StatusCode,
            (await webhook.PostAsync(update, presentedSecret: TelegramWebhookBot.Secret.ToUpperInvariant())).StatusCode,
        };

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        await Task.Delay(Settle);
        await using var db = bot.OpenDatabase();
        Assert.Equal(0, await db.TelegramInbound.CountAsync());
        Assert.Equal(0, await db.Subscribers.CountAsync());
        Assert.Empty(telegram.SentMessages);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_before_a_byte_of_the_body_is_read()
    {
        await StartBotAsync();
        await using var post = await RawWebhookPost.StartAsync(
            bot.BaseUrl, "not-the-secret", contentLength: 28L * 1024 * 1024, TelegramWebhook.Path, TelegramWebhook.SecretHeader);

        // No body is ever sent: an answer at all means the server did not wait for it.
        Assert.Equal(401, await post.ReadStatusAsync(Wait));
    }

    [Fact]
    public async Task A_start_with_a_topic_is_answered_as_by_long_polling_and_the_subscriber_is_stored()
    {
        const long chat = 3002;
        await StartBotAsync();

        var response = await webhook.PostAsync(telegram.WebhookMessage(chat, "/start ekonomi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await telegram.WaitForMessageAsync(m => m.ChatId == chat, Wait);
        Assert.Contains("berlangganan: ekonomi", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["ekonomi"], await TagsOfAsync(chat));

        var polled = await ReplyByLongPollingAsync(chat, "/start ekonomi");
        Assert.Equal(polled.Text, reply.Text);
        Assert.Equal(polled.ParseMode, reply.ParseMode);
        Assert.Equal(polled.ReplyMarkupJson, reply.ReplyMarkupJson);
    }

    [Fact]
    public async Task A_pressed_button_posted_to_the_webhook_edits_the_picker_like_long_polling()
    {
        const long chat = 3003;
        await StartBotAsync();
        await using (var db = bot.OpenDatabase())
        {
            var source = Seed.Source(db);
            Seed.Article(db, source, "Pasar murah", "ekonomi");
            Seed.Article(db, source, "Posyandu", "kesehatan");
        }

        Assert.Equal(HttpStatusCode.OK, (await webhook.PostAsync(telegram.WebhookMessage(chat, "/topik"))).StatusCode);
        var picker = await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.ReplyMarkupJson is not null, Wait);
        var press = telegram.WebhookButtonPress(chat, ButtonData(picker, "ekonomi"), picker.MessageId);
        Assert.Equal(HttpStatusCode.OK, (await webhook.PostAsync(press)).StatusCode);

        var edited = await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.MessageId == picker.MessageId && m.Edits >= 1, Wait);
        Assert.Contains("✅ ekonomi", edited.Text, StringComparison.Ordinal);
        Assert.Equal(["ekonomi"], await TagsOfAsync(chat));
        Assert.Equal(1, telegram.RequestCount("answerCallbackQuery"));
        Assert.Single(telegram.SentMessages, m => m.ChatId == chat);
    }

    [Fact]
    public async Task The_same_update_posted_again_and_ten_times_at_once_is_answered_200_each_time_and_carried_out_once()
    {
        const long repeated = 3004, burst = 3005;
        await StartBotAsync();
        var first = telegram.WebhookMessage(repeated, "/start kesehatan").ToJsonString();
        var second = telegram.WebhookMessage(burst, "/start kesehatan").ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await webhook.PostAsync(first)).StatusCode);
        await telegram.WaitForMessageAsync(m => m.ChatId == repeated, Wait);
        var again = await webhook.PostAsync(first);
        // A copy Telegram posts again after the first was carried out, and ten copies of a new update at once.
        var copies = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => webhook.PostAsync(first))
            .Concat(Enumerable.Range(0, 10).Select(_ => webhook.PostAsync(second))));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.All(copies, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        await bot.WaitUntilAsync(db => db.TelegramInbound.Count(i => i.ProcessedUtc != null) == 2, Wait, "both updates carried out");
        await Task.Delay(Settle);
        Assert.Single(telegram.SentMessages, m => m.ChatId == repeated);
        Assert.Single(telegram.SentMessages, m => m.ChatId == burst);
        await using var db = bot.OpenDatabase();
        Assert.Equal(2, await db.TelegramInbound.CountAsync());
        Assert.All(await db.TelegramInbound.ToListAsync(), row => Assert.Equal(1, row.Attempts));
        Assert.Equal(2, await db.Subscribers.CountAsync());
    }

    [Theory]
    [InlineData("{\"update_id\": 700000999, \"message\": {")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"update_id\": \"seven\"}")]
    public async Task A_body_that_is_not_an_update_gets_400_and_nothing_is_stored(string body)
    {
        await StartBotAsync();

        var response = await webhook.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = bot.OpenDatabase();
        Assert.Equal(0, await db.TelegramInbound.CountAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_UTF8_gets_400_and_nothing_is_stored()
    {
        await StartBotAsync();
        byte[] body = [.. "{\"update_id\":700000998,\"message\":{\"text\":\""u8, 0xFF, 0xFE, .. "\"}}"u8];

        var response = await webhook.PostAsync(new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = bot.OpenDatabase();
        Assert.Equal(0, await db.TelegramInbound.CountAsync());
    }

    [Fact]
    public async Task An_oversized_body_gets_413_at_the_limit_whether_its_length_is_declared_or_not()
    {
        await StartBotAsync();

        var streamed = await webhook.PostAsync(new StreamContent(new RepeatingStream(2L * WebhookLimit))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        });
        await using var declared = await RawWebhookPost.StartAsync(
            bot.BaseUrl, TelegramWebhookBot.Secret, contentLength: 28L * 1024 * 1024, TelegramWebhook.Path, TelegramWebhook.SecretHeader);
        await using var chunked = await RawWebhookPost.StartAsync(
            bot.BaseUrl, TelegramWebhookBot.Secret, contentLength: null, TelegramWebhook.Path, TelegramWebhook.SecretHeader);
        _ = chunked.SendChunksAsync(2L * WebhookLimit);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(413, await declared.ReadStatusAsync(Wait));
        // The closing chunk never comes: an answer at all means the server stopped reading at the limit.
        Assert.Equal(413, await chunked.ReadStatusAsync(Wait));
        await using var db = bot.OpenDatabase();
        Assert.Equal(0, await db.TelegramInbound.CountAsync());
    }

    private const long WebhookLimit = NewsBot.Chat.WebhookBody.MaxBytes;

    /// <summary>The reply the same command gets from a bot that long-polls its own fake server.</summary>
    private static async Task<SentMessage> ReplyByLongPollingAsync(long chatId, string text)
    {
        await using var polling = await FakeTelegramServer.StartAsync();
        using var pollingDatabase = new BotDatabase();
        await using var pollingBot = await RunningBot.StartAsync(new Dictionary<string, string?>(polling.BotSettings())
        {
            ["Storage:Provider"] = pollingDatabase.Provider,
            ["Storage:ConnectionString"] = pollingDatabase.ConnectionString,
            ["Sample:Enabled"] = "false",
        });
        polling.EnqueueMessage(chatId, text);
        var reply = await polling.WaitForMessageAsync(m => m.ChatId == chatId, Wait);

        // And a long-polling bot has no webhook to post to.
        using var http = new HttpClient { BaseAddress = pollingBot.BaseUrl };
        using var refused = await http.PostAsync(TelegramWebhook.Path.TrimStart('/'), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        return reply;
    }

    private async Task<List<string>> TagsOfAsync(long chatId)
    {
        var id = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = bot.OpenDatabase();
        return await db.SubscriberTags.Where(t => db.Subscribers.Any(s => s.Id == t.SubscriberId && s.ChatId == id))
            .Select(t => t.Tag).OrderBy(t => t).ToListAsync();
    }

    private static string ButtonData(SentMessage message, string label) =>
        JsonNode.Parse(message.ReplyMarkupJson!)!["inline_keyboard"]!.AsArray()
            .SelectMany(row => row!.AsArray())
            .Single(b => b!["text"]!.GetValue<string>() == label)!["callback_data"]!.GetValue<string>();

    public async Task DisposeAsync()
    {
        webhook?.Dispose();
        if (bot is not null) await bot.DisposeAsync();
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
