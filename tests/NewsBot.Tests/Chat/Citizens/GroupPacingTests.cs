using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Citizens;

/// <summary>
/// News to a group or channel is paced at the group limit (Delivery:Telegram:PerGroupMessagesPerMinute, 20 a minute),
/// not at a private chat's (1 a second), by the same limiter the dispatcher asks before each send.
/// </summary>
public sealed class GroupPacingTests
{
    [Theory]
    [InlineData("-1001234567890")] // a supergroup or a channel
    [InlineData("-4001234")] // a basic group
    public async Task A_group_chat_id_is_paced_as_a_group(string groupId)
    {
        var time = new FakeTimeProvider(Seed.Now);
        await using var limiter = new ChannelRateLimiter(new ChannelRateLimits { PerGroupMessagesPerMinute = 20, Headroom = 1.0 }, time);

        Assert.Null(limiter.TryTakeChatTurn(groupId));
        Assert.Null(limiter.TryTakeChatTurn("123456789"));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(limiter.TryTakeChatTurn("123456789"));
        Assert.Equal(TimeSpan.FromSeconds(2), limiter.TryTakeChatTurn(groupId));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(limiter.TryTakeChatTurn(groupId));
    }
}
