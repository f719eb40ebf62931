using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Mon, 04 Nov 2024 10:00:00 GMT", "2024-11-04T10:00:00")]
    [InlineData("Senin, 04 Nov 2024 10:00:00 WIB", "2024-11-04T03:00:00")]
    [InlineData("04 Nov 2024 10:00 WITA", "2024-11-04T02:00:00")]
    [InlineData("Sel, 5 Des 2024 09:00:00 WIT", "2024-12-05T00:00:00")]
    [InlineData("Tue, 05 Nov 2024 08:30:00 +0700", "2024-11-05T01:30:00")]
    [InlineData("Tue, 05 Nov 24 08:30:00 -05:00", "2024-11-05T13:30:00")]
    [InlineData("08 Agustus 2024 22:00:26 WIB", "2024-08-08T15:00:26")]
    [InlineData("2024-11-04T09:15:00+07:00", "2024-11-04T02:15:00")]
    [InlineData("2024-11-04T09:15:00Z", "2024-11-04T09:15:00")]
    [InlineData("2024-11-04", "2024-11-04T00:00:00")]
    [InlineData("Selasa, 08 Juni 2022 14:05 WIB", "2022-06-08T07:05:00")]
    [InlineData("Kamis, 5 November 2015 - 14:56 WIB", "2015-11-05T07:56:00")]
    [InlineData("Rabu, 9 Februari 2022 pukul 10.30 WITA", "2022-02-09T02:30:00")]
    [InlineData("08/06/22", "2022-06-08T00:00:00")]
    [InlineData("08-06-2022 14:05 WIT", "2022-06-08T05:05:00")]
    [InlineData("8 Jun 2022", "2022-06-08T00:00:00")]
    [InlineData("17 Agustus 2045", "2045-08-17T00:00:00")]
    public void Parses_to_utc(string text, string expectedUtc)
    {
        var parsed = FeedDate.Parse(text);

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("kemarin sore")]
    [InlineData("Mon, 31 Feb 2024 10:00:00 GMT")]
    [InlineData("Mon, 04 Nov 2024 10:00:00 XYZT")]
    [InlineData("Mon, 04 Foo 2024 10:00:00 GMT")]
    [InlineData("32/01/2022")]
    [InlineData("08/13/22")]
    public void Unreadable_dates_are_null(string? text) => Assert.Null(FeedDate.Parse(text));
}
