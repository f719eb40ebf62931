using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Tests.Delivery;

/// <summary>The channel's reading of Telegram's answers, at the client seam (the fake server covers the wire).</summary>
public sealed class TelegramChannelTests
{
    private readonly Mock<ITelegramBotClient> bot = new();
    private readonly List<SendMessageRequest> requests = [];
    private static readonly NewsMessage News = new("42", "Judul", "Ringkasan.", "https://x.go.id/1", ["ekonomi"], "id");

    private TelegramChannel Channel() => new(bot.Object, new ChannelRateLimiters(Options.Create(new DeliveryOptions()), TimeProvider.System),
        Options.Create(new DeliveryOptions()), NullLogger<TelegramChannel>.Instance);

    private void Answer(params Exception?[] answers)
    {
        var queue = new Queue<Exception?>(answers);
        bot.Setup(b => b.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .Callback<IRequest<Message>, CancellationToken>((request, _) => requests.Add((SendMessageRequest)request))
            .Returns(() => queue.Dequeue() is { } error ? Task.FromException<Message>(error) : Task.FromResult(new Message()));
    }

    [Fact]
    public async Task Success_is_sent_as_HTML()
    {
        Answer((Exception?)null);
        Assert.IsType<SendOutcome.Sent>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.Equal(ParseMode.Html, Assert.Single(requests).ParseMode);
    }

    [Fact]
    public async Task Too_many_requests_asks_to_wait_exactly_retry_after()
    {
        Answer(new ApiRequestException("Too Many Requests: retry after 17", 429, new ResponseParameters { RetryAfter = 17 }));
        var outcome = Assert.IsType<SendOutcome.RetryLater>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(17), outcome.After);
    }

    [Fact]
    public async Task Blocked_by_the_user_deactivates_the_subscriber()
    {
        Answer(new ApiRequestException("Forbidden: bot was blocked by the user", 403));
        var outcome = Assert.IsType<SendOutcome.Rejected>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.True(outcome.DeactivateSubscriber);
    }

    [Fact]
    public async Task Cant_parse_entities_is_resent_as_plain_text()
    {
        Answer(new ApiRequestException("Bad Request: can't parse entities: unsupported start tag \"p\"", 400), null);

        Assert.IsType<SendOutcome.Sent>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.Equal(2, requests.Count);
        Assert.Equal(ParseMode.None, requests[1].ParseMode);
        Assert.DoesNotContain("<b>", requests[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_is_followed()
    {
        Answer(new ApiRequestException("Bad Request: group chat was upgraded to a supergroup chat", 400,
            new ResponseParameters { MigrateToChatId = -1001234567890 }));
        var outcome = Assert.IsType<SendOutcome.ChatMigrated>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.Equal("-1001234567890", outcome.NewChatId);
    }

    [Fact]
    public async Task Server_errors_and_network_failures_are_retried_with_backoff_not_dropped()
    {
        Answer(new ApiRequestException("Internal Server Error", 500));
        var serverError = Assert.IsType<SendOutcome.RetryLater>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.Null(serverError.After);

        Answer(new RequestException("Bot API Service Failure: connection reset"));
        Assert.IsType<SendOutcome.RetryLater>(await Channel().SendAsync(News, CancellationToken.None));
    }

    [Fact]
    public async Task Other_bad_requests_fail_the_message_but_keep_the_subscriber()
    {
        Answer(new ApiRequestException("Bad Request: message text is empty", 400));
        var outcome = Assert.IsType<SendOutcome.Rejected>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.False(outcome.DeactivateSubscriber);
    }

    private void GetChatAnswers(Exception? error) =>
        bot.Setup(b => b.SendRequest(It.IsAny<GetChatRequest>(), It.IsAny<CancellationToken>()))
            .Returns(error is null ? Task.FromResult(new ChatFullInfo { Id = 42 }) : Task.FromException<ChatFullInfo>(error));

    [Fact]
    public async Task Chat_not_found_deactivates_only_when_getChat_confirms_it()
    {
        Answer(new ApiRequestException("Bad Request: chat not found", 400));
        GetChatAnswers(new ApiRequestException("Bad Request: chat not found", 400));
        var confirmed = Assert.IsType<SendOutcome.Rejected>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.True(confirmed.DeactivateSubscriber);

        Answer(new ApiRequestException("Bad Request: chat not found", 400));
        GetChatAnswers(null);
        var glitch = Assert.IsType<SendOutcome.Rejected>(await Channel().SendAsync(News, CancellationToken.None));
        Assert.False(glitch.DeactivateSubscriber);
    }

    [Fact]
    public async Task Message_too_long_is_resent_shortened_at_a_sentence()
    {
        var longSummary = string.Concat(Enumerable.Repeat("Air Sungai Tuntang naik setinggi satu meter. ", 100));
        Answer(new ApiRequestException("Bad Request: message is too long", 400), null);

        var outcome = await Channel().SendAsync(News with { Summary = longSummary }, CancellationToken.None);

        Assert.IsType<SendOutcome.Sent>(outcome);
        var resent = requests[1].Text;
        Assert.True(resent.Length < 1_300, $"resent {resent.Length} chars");
        Assert.Contains("satu meter.\n\nBaca selengkapnya", resent, StringComparison.Ordinal);
    }
}
