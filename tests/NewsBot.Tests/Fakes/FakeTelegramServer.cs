using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// An in-process Bot API server on 127.0.0.1 that the real Telegram.Bot client talks to over HTTP. It answers with
/// Telegram's status codes, descriptions and parameters, so error handling is exercised against the wire format.
/// </summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    /// <summary>The only token the fake accepts; any other gets 401 like a revoked token.</summary>
    public const string Token = "123456:TEST-fake-token-for-tests-only";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly TelegramUpdateQueue _updates = new();
    private readonly ConcurrentDictionary<string, int> _requestCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<long, string> _chatTypes = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Command, string Description)>> _commands = new();
    private readonly Lock _gate = new();
    private readonly List<SentMessage> _sent = [];
    private readonly Dictionary<long, Queue<FakeTelegramFailure>> _failures = [];
    private TaskCompletionSource _sentSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TelegramRateLimiter? _limiter;
    private long _nextMessageId = 1;
    private long _nextCallbackId = 1;
    private int _tooManyRequestsSent;

    private FakeTelegramServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:54321/</c>; pass it as Telegram.Bot's <c>baseUrl</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The bot's settings that point its Telegram channel at this server.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["Telegram:BotToken"] = Token,
        ["Telegram:ApiBaseUrl"] = BaseUrl.ToString(),
    };

    /// <summary>
    /// Real Telegram keeps an unknown <c>&amp;name;</c> or a bare <c>&amp;</c> as literal text; set this to reject them
    /// instead, as the Bot API documentation demands, when a test wants to catch unescaped scraped HTML.
    /// </summary>
    public bool StrictHtmlEntities { get; set; }

    /// <summary>Sends answered 429 because of <see cref="EnforceLimits"/> (scripted 429s are not counted).</summary>
    public int TooManyRequestsSent => Volatile.Read(ref _tooManyRequestsSent);

    /// <summary>Requests that came while the account or their chat was still penalised by an earlier 429.</summary>
    public int RequestsWhilePenalised => _limiter?.RequestsWhilePenalised ?? 0;

    /// <summary>Why each 429 of <see cref="EnforceLimits"/> was given.</summary>
    public string Refusals => _limiter?.Refusals ?? string.Empty;

    /// <summary>Accepted messages in the order they were accepted (a snapshot).</summary>
    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Starts the server. <paramref name="timeProvider"/> drives message dates and rate-limit windows.</summary>
    public static async Task<FakeTelegramServer> StartAsync(TimeProvider? timeProvider = null)
    {
        FakeTelegramServer? server = null;
        var time = timeProvider ?? TimeProvider.System;
        var (_, baseUrl) = await FakeHost.StartAsync(app =>
        {
            server = new FakeTelegramServer(app, time);
            app.Map("/bot{token}/{method}", server.HandleAsync);
            app.MapFallback(context => TelegramReply.ErrorAsync(context, 404, "Not Found"));
        });
        server!.BaseUrl = baseUrl;
        return server;
    }

    /// <summary>Queues a <c>message</c> update, as if a user wrote to the bot; returns its <c>update_id</c>.</summary>
    public long EnqueueMessage(
        long chatId, string text, string? languageCode = "id", string chatType = "private", long? fromId = null) =>
        _updates.Enqueue(MessageUpdate(chatId, text, languageCode, chatType, fromId));

    /// <summary>A <c>message</c> update without its <c>update_id</c>, as a user's message to the bot.</summary>
    private JsonObject MessageUpdate(long chatId, string text, string? languageCode, string chatType, long? fromId)
    {
        _chatTypes[chatId] = chatType;
        var from = TelegramWire.User(fromId ?? DefaultUserId(chatId), languageCode);
        var message = TelegramWire.Message(
            Interlocked.Increment(ref _nextMessageId), from, TelegramWire.Chat(chatId, chatType), UnixNow(), text);
        return new JsonObject { ["message"] = message };
    }

    /// <summary>Queues a <c>callback_query</c> update: a press on an inline button of the last message sent to the chat.</summary>
    public long EnqueueCallbackQuery(long chatId, string data)
    {
        var chatType = ChatType(chatId);
        var last = SentMessages.LastOrDefault(m => m.ChatId == chatId);
        var message = TelegramWire.Message(
            last?.MessageId ?? 1, TelegramWire.BotUser(), TelegramWire.Chat(chatId, chatType), UnixNow(), last?.PlainText ?? "…");
        if (last?.ReplyMarkupJson is { } markup)
        {
            message["reply_markup"] = JsonNode.Parse(markup);
        }

        var query = new JsonObject
        {
            ["id"] = $"{Interlocked.Increment(ref _nextCallbackId)}{chatId & 0xFFFF}",
            ["from"] = TelegramWire.User(DefaultUserId(chatId), "id"),
            ["message"] = message,
            ["chat_instance"] = $"-{Math.Abs(chatId)}42",
            ["data"] = data,
        };
        return _updates.Enqueue(new JsonObject { ["callback_query"] = query });
    }

    /// <summary>Waits until a matching message has been accepted; throws <see cref="TimeoutException"/> listing what was sent.</summary>
    public async Task<SentMessage> WaitForMessageAsync(Func<SentMessage, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_sent.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                signal = _sentSignal.Task;
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var sent = SentMessages;
                var listing = sent.Count == 0
                    ? "nothing was sent"
                    : string.Join(Environment.NewLine, sent.Select(m => $"  chat {m.ChatId}: {m.Text}"));
                throw new TimeoutException($"No matching message within {timeout}; sent so far:{Environment.NewLine}{listing}");
            }
        }
    }

    /// <summary>How many calls of a Bot API method arrived (any outcome; method names are case-insensitive).</summary>
    public int RequestCount(string method) => _requestCounts.GetValueOrDefault(method);

    /// <summary>The commands of the last <c>setMyCommands</c> for a language (empty string: the default list).</summary>
    public IReadOnlyList<(string Command, string Description)> MyCommands(string languageCode = "") =>
        _commands.GetValueOrDefault(languageCode) ?? [];

    /// <summary>Makes the next <paramref name="times"/> sends to <paramref name="chatId"/> fail with <paramref name="failure"/>.</summary>
    public void FailNextSend(long chatId, FakeTelegramFailure failure, int times = 1)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(chatId, out var queue))
            {
                queue = new Queue<FakeTelegramFailure>();
                _failures[chatId] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(failure);
            }
        }
    }

    /// <summary>Turns on flood control: sends, edits, photos and button answers beyond these rates get 429 with a <c>retry_after</c>.</summary>
    public void EnforceLimits(int perSecondGlobal = 30, int perSecondPerChat = 1, int perMinutePerGroup = 20) =>
        _limiter = new TelegramRateLimiter(_time, perSecondGlobal, perSecondPerChat, perMinutePerGroup);

    public ValueTask DisposeAsync() => new(FakeHost.StopAsync(_app));

    private static long DefaultUserId(long chatId) => chatId > 0 ? chatId : 424242;

    private string ChatType(long chatId) => _chatTypes.GetValueOrDefault(chatId) ?? TelegramWire.ChatTypeOf(chatId);

    private long UnixNow() => _time.GetUtcNow().ToUnixTimeSeconds();

    private FakeTelegramFailure? TakeFailure(long chatId)
    {
        lock (_gate)
        {
            return _failures.TryGetValue(chatId, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    private void Record(SentMessage message)
    {
        lock (_gate)
        {
            _sent.Add(message);
            _sentSignal.TrySetResult();
            _sentSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
