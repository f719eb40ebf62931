using NewsBot.Delivery;
using NewsBot.Matching;

namespace NewsBot.Tests.Matching;

/// <summary>The wall-clock rules of digests and quiet hours, in the three Indonesian zones.</summary>
public sealed class QuietHoursClockTests
{
    private static DateTime Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, DateTimeKind.Utc);

    [Theory]
    // 23:00 WIB (16:00 UTC) is inside 22:00-06:00: the news waits for 06:00 WIB the next morning (23:00 UTC).
    [InlineData(16, "WIB", 23)]
    // 02:00 WIB (19:00 UTC) is inside too, after midnight: the same 06:00 WIB.
    [InlineData(19, "WIB", 23)]
    // 23:00 WITA is 15:00 UTC and 06:00 WITA is 22:00 UTC; 23:00 WIT is 14:00 UTC and 06:00 WIT is 21:00 UTC.
    [InlineData(15, "WITA", 22)]
    [InlineData(14, "WIT", 21)]
    public void A_moment_in_quiet_hours_across_midnight_waits_for_their_end(int nowHourUtc, string zone, int endHourUtc)
    {
        var end = SubscriberClock.QuietUntilUtc(Utc(28, nowHourUtc), new TimeOnly(22, 0), new TimeOnly(6, 0), zone);
        Assert.Equal(Utc(28, endHourUtc), end);
    }

    [Theory]
    [InlineData(21, 59)]
    [InlineData(6, 0)]
    [InlineData(12, 0)]
    public void Moments_outside_the_quiet_hours_are_not_held(int localHour, int localMinute)
    {
        var now = new DateTime(2026, 11, 28, localHour, localMinute, 0, DateTimeKind.Utc).AddHours(-7);
        Assert.Null(SubscriberClock.QuietUntilUtc(now, new TimeOnly(22, 0), new TimeOnly(6, 0), "WIB"));
    }

    [Fact]
    public void Quiet_hours_within_one_day_end_the_same_day()
    {
        // 13:30 WIB within 13:00-15:00 WIB: until 15:00 WIB = 08:00 UTC.
        var end = SubscriberClock.QuietUntilUtc(Utc(28, 6, 30), new TimeOnly(13, 0), new TimeOnly(15, 0), "WIB");
        Assert.Equal(Utc(28, 8), end);
        Assert.Null(SubscriberClock.QuietUntilUtc(Utc(28, 8), new TimeOnly(13, 0), new TimeOnly(15, 0), "WIB"));
    }

    [Theory]
    // 08:00 UTC is 15:00 WIB: today's 18:00 WIB (11:00 UTC) is still ahead.
    [InlineData(8, "WIB", 28, 11)]
    // 12:00 UTC is 19:00 WIB: today's digest is past, so tomorrow's.
    [InlineData(12, "WIB", 29, 11)]
    // 18:00 WITA is 10:00 UTC; 18:00 WIT is 09:00 UTC.
    [InlineData(8, "WITA", 28, 10)]
    [InlineData(8, "WIT", 28, 9)]
    public void The_next_digest_is_the_next_time_the_chats_clock_reads_its_hour(int nowHourUtc, string zone, int day, int hourUtc)
    {
        Assert.Equal(Utc(day, hourUtc), SubscriberClock.NextDigestUtc(Utc(28, nowHourUtc), new TimeOnly(18, 0), zone));
    }

    [Fact]
    public void A_digest_exactly_at_its_hour_is_planned_for_the_next_day()
    {
        Assert.Equal(Utc(29, 11), SubscriberClock.NextDigestUtc(Utc(28, 11), new TimeOnly(18, 0), "WIB"));
    }

    [Theory]
    [InlineData("wib", "WIB")]
    [InlineData(" Wita ", "WITA")]
    [InlineData("WIT", "WIT")]
    [InlineData("UTC", null)]
    [InlineData("", null)]
    public void Only_the_three_Indonesian_zones_are_read(string typed, string? expected) =>
        Assert.Equal(expected, IndonesianTimeZone.Parse(typed));
}
