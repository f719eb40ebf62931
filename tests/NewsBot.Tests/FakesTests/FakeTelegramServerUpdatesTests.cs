using System.Diagnostics;
using NewsBot.Tests.Fakes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Tests.FakesTests;

/// <summary>getUpdates semantics through the real client: ids, offset confirmation, limit, long polling, 409.</summary>
public sealed class FakeTelegramServerUpdatesTests : IAsyncLifetime, IDisposable
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
    public async Task Queued_messages_arrive_with_increasing_ids_and_command_entities()
    {
        var first = _server.EnqueueMessage(1001, "/start");
        var second = _server.EnqueueMessage(-100500, "halo semua", languageCode: null, chatType: "supergroup", fromId: 77);

        var updates = await _bot.GetUpdates();

        Assert.Equal([first, second], updates.Select(u => (long)u.Id));
        Assert.True(second > first);
        var command = updates[0].Message!;
        Assert.Equal("/start", command.Text);
        Assert.Equal(ChatType.Private, command.Chat.Type);
        Assert.Equal("id", command.From!.LanguageCode);
        var entity = Assert.Single(command.Entities!);
        Assert.Equal((MessageEntityType.BotCommand, 0, 6), (entity.Type, entity.Offset, entity.Length));
        var group = updates[1].Message!;
        Assert.Equal(ChatType.Supergroup, group.Chat.Type);
        Assert.Equal(77, group.From!.Id);
        Assert.Null(group.Entities);
    }

    [Fact]
    public async Task Offset_confirms_earlier_updates_and_limit_caps_the_batch()
    {
        var ids = Enumerable.Range(0, 3).Select(i => _server.EnqueueMessage(1001, $"pesan {i}")).ToList();

        var unconfirmed = await _bot.GetUpdates(limit: 2);
        var again = await _bot.GetUpdates();
        var afterOffset = await _bot.GetUpdates(offset: (int)ids[1] + 1);
        var nothingLeft = await _bot.GetUpdates(offset: (int)ids[2] + 1);

        Assert.Equal(ids.Take(2), unconfirmed.Select(u => (long)u.Id));
        Assert.Equal(ids, again.Select(u => (long)u.Id));
        Assert.Equal(ids[2], Assert.Single(afterOffset).Id);
        Assert.Empty(nothingLeft);
    }

    [Fact]
    public async Task Negative_offset_keeps_only_the_latest_updates()
    {
        var ids = Enumerable.Range(0, 3).Select(i => _server.EnqueueMessage(1001, $"pesan {i}")).ToList();

        var latest = await _bot.GetUpdates(offset: -1);

        Assert.Equal(ids[2], Assert.Single(latest).Id);
    }

    [Fact]
    public async Task Long_poll_returns_as_soon_as_a_message_is_enqueued()
    {
        var stopwatch = Stopwatch.StartNew();
        var poll = _bot.GetUpdates(timeout: 30);
        await WaitUntilAsync(() => _server.RequestCount("getUpdates") == 1);
        await Task.Delay(200);
        Assert.False(poll.IsCompleted);

        _server.EnqueueMessage(1001, "/berita");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("/berita", Assert.Single(updates).Message!.Text);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Long_poll_answers_empty_when_its_timeout_passes()
    {
        var updates = await _bot.GetUpdates(timeout: 1).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(updates);
    }

    [Fact]
    public async Task A_second_poller_terminates_the_first_with_409_conflict()
    {
        var first = _bot.GetUpdates(timeout: 30);
        await WaitUntilAsync(() => _server.RequestCount("getUpdates") == 1);
        await Task.Delay(200);

        var second = _bot.GetUpdates(timeout: 1);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(409, error.ErrorCode);
        Assert.Equal(
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            error.Message);
        Assert.Empty(await second);
    }

    [Fact]
    public async Task An_abandoned_long_poll_leaves_updates_for_the_next_poll()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<Exception>(() => _bot.GetUpdates(timeout: 30, cancellationToken: cancel.Token));

        var id = _server.EnqueueMessage(1001, "/start");
        var updates = await _bot.GetUpdates(timeout: 5).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(id, Assert.Single(updates).Id);
    }

    [Fact]
    public async Task Callback_queries_refer_to_the_last_message_sent_to_the_chat()
    {
        var sent = await _bot.SendMessage(1001, "Berita baru");
        var id = _server.EnqueueCallbackQuery(1001, "unsub:7");

        var query = Assert.Single(await _bot.GetUpdates()).CallbackQuery!;

        Assert.Equal(id, (await _bot.GetUpdates()).Single().Id);
        Assert.Equal("unsub:7", query.Data);
        Assert.Equal(sent.Id, query.Message!.Id);
        Assert.Equal(1001, query.From.Id);
    }

    [Fact]
    public async Task DeleteWebhook_with_drop_pending_updates_clears_the_queue()
    {
        _server.EnqueueMessage(1001, "lama");

        await _bot.DeleteWebhook(dropPendingUpdates: true);

        Assert.Empty(await _bot.GetUpdates());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 5 s");
            await Task.Delay(20);
        }
    }
}
