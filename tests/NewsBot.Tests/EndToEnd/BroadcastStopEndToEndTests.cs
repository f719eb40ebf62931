namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// /hentikansiaran over the fake Bot API: a wrong broadcast to 150 chats at Telegram's 30 a second is stopped after a
/// second of sending; the messages already out stay out, the rest never reach the server, and the final report says so.
/// </summary>
public sealed class BroadcastStopEndToEndTests : IAsyncLifetime
{
    private const int Chats = 150;
    private BroadcastBot harness = null!;

    public async Task InitializeAsync() => harness = await BroadcastBot.StartAsync(new Dictionary<string, string?>
    {
        ["Delivery:Telegram:MessagesPerSecond"] = "30",
    });

    [Fact]
    public async Task A_broadcast_stopped_while_sending_sends_nothing_more_and_the_report_counts_both_parts()
    {
        await harness.SubscribeAsync(7001, Chats, "ekonomi");
        var preview = await harness.AskAsync("/siaran semua Pasar murah besok dibatalkan", m => m.PlainText.Contains("Pratinjau", StringComparison.Ordinal));
        var id = BroadcastBot.DraftId(preview);
        harness.Press(preview, $"/kirimsiaran {id}");
        await harness.WaitForAsync(_ => harness.Telegram.SentMessages.Count(IsBroadcast) >= 30);

        var stopped = await harness.AskAsync("/hentikansiaran", m => m.PlainText.StartsWith("⏹", StringComparison.Ordinal));
        var sentAtStop = harness.Telegram.SentMessages.Count(IsBroadcast);
        Assert.StartsWith($"⏹ Siaran #{id} dihentikan: ", stopped.PlainText, StringComparison.Ordinal);

        var report = await harness.WaitForAsync(m => m.ChatId == BroadcastBot.Admin && m.PlainText.Contains("tidak dikirim karena dihentikan", StringComparison.Ordinal));
        // No straggler can follow the final report: it goes out only once every row has its outcome, and a claimed row's
        // outcome is written only after its request was answered (or skipped because of the stop).
        var sent = harness.Telegram.SentMessages.Count(IsBroadcast);
        Assert.True(sent < Chats, $"the stop came in time to keep messages back ({sent} of {Chats} went out)");
        // Only requests already on their way at the stop may still arrive: at 30 a second, a handful.
        Assert.True(sent - sentAtStop <= 10, $"{sent - sentAtStop} messages went out after the stop was answered");
        Assert.Equal($"⏹ Siaran #{id} dihentikan: terkirim {sent}, tidak dikirim karena dihentikan {Chats - sent}, gagal 0, memblokir bot 0.", report.PlainText);
        Assert.Equal(sent, harness.Telegram.SentMessages.Where(IsBroadcast).Select(m => m.ChatId).Distinct().Count());
    }

    private static bool IsBroadcast(Fakes.SentMessage message) => message.PlainText.Contains("Pasar murah besok dibatalkan", StringComparison.Ordinal)
                                                                  && message.ChatId != BroadcastBot.Admin;

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
