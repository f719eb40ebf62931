using NewsBot.Tests.Fakes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Tests.FakesTests;

/// <summary>The real Telegram.Bot client against the fake: sends succeed, are recorded and fail as Telegram's do.</summary>
public sealed class FakeTelegramServerSendTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new();
    private FakeTelegramServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync();
        _bot = new TelegramBotClient(
            new TelegramBotClientOptions(FakeTelegramServer.Token, baseUrl: _server.BaseUrl.ToString()) { RetryThreshold = 0 },
            _http);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Html_message_is_accepted_and_recorded_raw_with_its_plain_text()
    {
        const string html = "<b>Banjir</b> di <a href=\"https://contoh.go.id/berita/banjir\">Desa A &amp; B</a>";

        var message = await _bot.SendMessage(
            42, html, ParseMode.Html, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
            replyMarkup: new InlineKeyboardMarkup().AddButton("Berhenti", "unsub:7"));

        Assert.Equal("Banjir di Desa A & B", message.Text);
        Assert.Equal(42, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        var sent = Assert.Single(_server.SentMessages);
        Assert.Equal(42, sent.ChatId);
        Assert.Equal(html, sent.Text);
        Assert.Equal("Banjir di Desa A & B", sent.PlainText);
        Assert.Equal("html", sent.ParseMode, ignoreCase: true);
        Assert.Contains("unsub:7", sent.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.Contains("\"is_disabled\":true", sent.LinkPreviewOptionsJson, StringComparison.Ordinal);
        Assert.Equal(1, _server.RequestCount("sendMessage"));
    }

    [Fact]
    public async Task Message_ids_increase()
    {
        var first = await _bot.SendMessage(1, "satu");
        var second = await _bot.SendMessage(2, "dua");

        Assert.True(second.Id > first.Id);
    }

    [Theory]
    [InlineData("<p>Paragraf</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("Harga < 100", "Unsupported start tag \"\" at byte offset 6")]
    [InlineData("<b>tebal", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    public async Task Bad_html_fails_with_400_cant_parse_entities(string html, string detail)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, html, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + detail, error.Message);
        Assert.Empty(_server.SentMessages);
    }

    [Fact]
    public async Task Byte_offsets_in_parse_errors_count_utf8_bytes_as_tdlib_does()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "😀 <br>", ParseMode.Html));

        Assert.EndsWith("Unsupported start tag \"br\" at byte offset 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_entities_stay_literal_like_telegram_unless_strict()
    {
        await _bot.SendMessage(42, "A &nbsp; B & C", ParseMode.Html);
        Assert.Equal("A &nbsp; B & C", _server.SentMessages[0].PlainText);

        _server.StrictHtmlEntities = true;
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "A &nbsp; B", ParseMode.Html));
        Assert.Contains("can't parse entities", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<b> </b>")]
    public async Task Empty_text_fails_with_400(string text)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, text, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Fact]
    public async Task Length_limit_counts_code_points_after_entity_parsing()
    {
        // 4096 emoji are 8192 UTF-16 units but 4096 code points; the markup and the entity do not count.
        var atLimit = "<b>" + string.Concat(Enumerable.Repeat("😀", 4095)) + "</b>&amp;";
        await _bot.SendMessage(42, atLimit, ParseMode.Html);

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => _bot.SendMessage(42, string.Concat(Enumerable.Repeat("😀", 4097))));
        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message is too long", error.Message);
        Assert.Single(_server.SentMessages);
    }

    [Fact]
    public async Task Scripted_429_carries_retry_after_and_applies_only_the_given_times()
    {
        _server.FailNextSend(42, FakeTelegramFailure.TooManyRequests(14), times: 2);

        for (var i = 0; i < 2; i++)
        {
            var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "halo"));
            Assert.Equal(429, error.ErrorCode);
            Assert.Equal("Too Many Requests: retry after 14", error.Message);
            Assert.Equal(14, error.Parameters?.RetryAfter);
        }

        await _bot.SendMessage(42, "halo");
        await _bot.SendMessage(43, "halo");
        Assert.Equal(2, _server.SentMessages.Count);
    }

    [Fact]
    public async Task Error_body_is_byte_for_byte_telegrams_and_form_parameters_are_accepted()
    {
        _server.FailNextSend(42, FakeTelegramFailure.TooManyRequests(14));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = "42", ["text"] = "halo" });

        using var response = await _http.PostAsync(new Uri($"{_server.BaseUrl}bot{FakeTelegramServer.Token}/sendMessage"), form);

        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(
            "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 14\",\"parameters\":{\"retry_after\":14}}",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Blocked_user_gets_403()
    {
        _server.FailNextSend(42, FakeTelegramFailure.BlockedByUser);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "halo"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
    }

    [Fact]
    public async Task Migrated_group_gets_400_with_migrate_to_chat_id()
    {
        _server.FailNextSend(-4242, FakeTelegramFailure.MigrateToSupergroup(-1001234567890));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(-4242, "halo"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: group chat was upgraded to a supergroup chat", error.Message);
        Assert.Equal(-1001234567890, error.Parameters?.MigrateToChatId);
    }

    [Fact]
    public async Task Chat_not_found_and_server_error_use_telegram_wording()
    {
        _server.FailNextSend(42, FakeTelegramFailure.ChatNotFound);
        _server.FailNextSend(42, FakeTelegramFailure.ServerError);

        var notFound = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "halo"));
        var serverError = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "halo"));

        Assert.Equal((400, "Bad Request: chat not found"), (notFound.ErrorCode, notFound.Message));
        Assert.Equal((500, "Internal Server Error"), (serverError.ErrorCode, serverError.Message));
    }

    [Fact]
    public async Task Connection_reset_surfaces_as_a_request_exception_not_an_api_error()
    {
        _server.FailNextSend(42, FakeTelegramFailure.ConnectionReset);

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => _bot.SendMessage(42, "halo"));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Empty(_server.SentMessages);
    }

    [Fact]
    public async Task Enforced_limits_answer_429_for_a_second_message_to_one_chat_within_a_second()
    {
        _server.EnforceLimits();

        await _bot.SendMessage(42, "satu");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "dua"));
        await _bot.SendMessage(43, "lain");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
        Assert.Equal(1, _server.TooManyRequestsSent);
    }

    [Fact]
    public async Task Wrong_token_gets_401_and_unknown_method_404()
    {
        var stranger = new TelegramBotClient(
            new TelegramBotClientOptions("654321:not-the-token", baseUrl: _server.BaseUrl.ToString()) { RetryThreshold = 0 }, _http);
        var unauthorized = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());
        Assert.Equal((401, "Unauthorized"), (unauthorized.ErrorCode, unauthorized.Message));

        using var response = await _http.PostAsync(new Uri($"{_server.BaseUrl}bot{FakeTelegramServer.Token}/sendTelepathy"), null);
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(
            "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WaitForMessage_returns_a_later_message_and_times_out_listing_what_was_sent()
    {
        var waiting = _server.WaitForMessageAsync(m => m.ChatId == 7, TimeSpan.FromSeconds(10));
        await _bot.SendMessage(6, "bukan ini");
        await _bot.SendMessage(7, "ini");
        Assert.Equal("ini", (await waiting).Text);

        var timeout = await Assert.ThrowsAsync<TimeoutException>(
            () => _server.WaitForMessageAsync(m => m.ChatId == 8, TimeSpan.FromMilliseconds(100)));
        Assert.Contains("chat 6: bukan ini", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMe_setMyCommands_and_small_methods_answer_like_telegram()
    {
        var me = await _bot.GetMe();
        await _bot.SetMyCommands([new BotCommand("start", "Mulai berlangganan")], languageCode: "id");
        await _bot.DeleteWebhook();
        await _bot.SendChatAction(42, ChatAction.Typing);
        await _bot.AnswerCallbackQuery("123");

        Assert.True(me.IsBot);
        Assert.Equal(("start", "Mulai berlangganan"), Assert.Single(_server.MyCommands("id")));
        Assert.Equal(1, _server.RequestCount("answerCallbackQuery"));
    }
}
