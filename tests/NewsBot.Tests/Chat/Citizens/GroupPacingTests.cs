using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Citizens;

/// <summary>News to a group or channel is paced at the group limit (20 a minute), not at a private chat's (1 a second).</summary>
public sealed class GroupPacingTests
{
    [Theory]
    [InlineData("-1001234567890")] // a supergroup or a channel
    [InlineData("-4001234")] // a basic group
    public void A_group_chat_id_is_paced_as_a_group(string groupId)
    {
        var time = new FakeTimeProvider(Seed.Now);
        var limits = new ChannelRateLimits();
        var pacer = new ChatPacer(TimeSpan.FromSeconds(1.0 / limits.PerChatMessagesPerSecond), TimeSpan.FromMinutes(1.0 / limits.PerGroupMessagesPerMinute), time);

        Assert.Null(pacer.TryTake(groupId));
        Assert.Null(pacer.TryTake("123456789"));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(pacer.TryTake("123456789"));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.TryTake(groupId));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(pacer.TryTake(groupId));
    }
}
