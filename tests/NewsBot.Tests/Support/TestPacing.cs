using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;

namespace NewsBot.Tests.Support;

/// <summary>
/// Paced senders for tests about what a message looks like, not about its pace: limits far above any test's, and
/// failures tried again after milliseconds instead of seconds.
/// </summary>
internal static class TestPacing
{
    public static PacedRequests Loose(TimeProvider? time = null)
    {
        var loose = new ChannelRateLimits { MessagesPerSecond = 10_000, PerChatMessagesPerSecond = 100, PerGroupMessagesPerMinute = 6_000 };
        var options = new DeliveryOptions { Telegram = loose, WhatsApp = loose, Console = loose };
        var clock = time ?? TimeProvider.System;
        return new PacedRequests(new ChannelRateLimiters(Options.Create(options), clock), NullLogger<PacedRequests>.Instance, TimeSpan.FromMilliseconds(10));
    }
}
