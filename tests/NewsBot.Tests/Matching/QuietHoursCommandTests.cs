using NewsBot.Tests.Support;

namespace NewsBot.Tests.Matching;

/// <summary>/senyap as the app runs it: shown, set across midnight, turned off, and bad ranges refused.</summary>
public sealed class QuietHoursCommandTests : IDisposable
{
    private readonly CommandTestBed bed = new();

    [Fact]
    public async Task Quiet_hours_are_none_until_set_then_shown_in_the_chats_zone()
    {
        Assert.StartsWith("Jam senyap: tidak ada.", (await bed.SendAsync("/senyap")).Text, StringComparison.Ordinal);

        var reply = await bed.SendAsync("/senyap 22:00-06:00");

        Assert.Equal(
            "Jam senyap: 22:00–06:00 WIB. Berita biasa yang terbit saat itu dikirim pukul 06:00; peringatan darurat tetap langsung dikirim.",
            reply.Text);
        using var db = bed.Open();
        var subscriber = db.Subscribers.Single();
        Assert.Equal((new TimeOnly(22, 0), new TimeOnly(6, 0)), (subscriber.QuietFrom, subscriber.QuietUntil));
    }

    [Theory]
    [InlineData("/senyap 22.00 - 05.30")]
    [InlineData("/senyap 22:00 05:30")]
    public async Task Spaces_and_Indonesian_dots_are_understood(string command)
    {
        var reply = await bed.SendAsync(command);
        Assert.StartsWith("Jam senyap: 22:00–05:30 WIB.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_clears_them_in_either_language()
    {
        await bed.SendAsync("/senyap 22:00-06:00");

        Assert.Equal("Jam senyap dimatikan. Berita dikirim kapan saja.", (await bed.SendAsync("/senyap mati")).Text);
        Assert.Equal("Quiet hours are off. News is sent at any time.", (await bed.SendAsync("/quiet off", chatId: "200", language: "en")).Text);
        using var db = bed.Open();
        Assert.All(db.Subscribers, s => Assert.Null(s.QuietFrom));
    }

    [Theory]
    [InlineData("/senyap 25:00-06:00", "\"25:00-06:00\" tidak bisa dibaca.")]
    [InlineData("/senyap xx", "\"xx\" tidak bisa dibaca.")]
    [InlineData("/senyap 22:00", "\"22:00\" tidak bisa dibaca.")]
    [InlineData("/senyap 22:00-22:00", "Jam mulai dan jam selesai tidak boleh sama (22:00).")]
    public async Task Bad_ranges_are_refused_with_an_example_and_store_nothing(string command, string expected)
    {
        var reply = await bed.SendAsync(command);

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains("22:00-06:00", reply.Text, StringComparison.Ordinal);
        using var db = bed.Open();
        Assert.Empty(db.Subscribers);
    }

    [Fact]
    public async Task English_refusals_are_in_English()
    {
        var reply = await bed.SendAsync("/quiet 7pm-6am", language: "en");
        Assert.StartsWith("\"7pm-6am\" cannot be read. Write two times with a dash, e.g. 22:00-06:00", reply.Text, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
