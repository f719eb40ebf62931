namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// /darurat over the fake Bot API: the warning header, and the order in which the fake server receives messages when
/// an urgent notice is confirmed in the middle of a large broadcast.
/// </summary>
public sealed class BroadcastUrgentEndToEndTests : IAsyncLifetime
{
    private const int MessagesPerSecond = 30;
    private BroadcastBot harness = null!;

    public async Task InitializeAsync() => harness = await BroadcastBot.StartAsync(new Dictionary<string, string?>
    {
        ["Delivery:Telegram:MessagesPerSecond"] = MessagesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task An_urgent_notice_overtakes_a_large_broadcast_within_a_second_of_sends()
    {
        var chats = await harness.SubscribeAsync(7001, 150, "ekonomi");
        var broadcast = await harness.AskAsync("/siaran semua Jadwal pasar murah bulan ini", m => m.PlainText.Contains("Pratinjau", StringComparison.Ordinal));
        harness.Press(broadcast, $"/kirimsiaran {BroadcastBot.DraftId(broadcast)}");
        // Let the broadcast get going: 30 of 150 sent, about a second of sending.
        await harness.WaitForAsync(_ => harness.Telegram.SentMessages.Count(IsBroadcast) >= 30);

        var alert = await harness.AskAsync("/darurat Air sungai Tuntang naik. Warga bantaran segera mengungsi ke balai desa.",
            m => m.PlainText.Contains("Pratinjau", StringComparison.Ordinal));
        Assert.Contains("📋 Pratinjau peringatan darurat #", alert.PlainText, StringComparison.Ordinal);
        Assert.Contains("untuk semua pelanggan: 150 chat", alert.PlainText, StringComparison.Ordinal);
        Assert.Contains("mendahului semua pesan lain", alert.PlainText, StringComparison.Ordinal);
        Assert.Contains("⚠️ PERINGATAN DARURAT\n\nAir sungai Tuntang naik.", alert.PlainText, StringComparison.Ordinal);
        harness.Press(alert, $"/kirimsiaran {BroadcastBot.DraftId(alert)}");
        await harness.WaitForAsync(m => m.MessageId == alert.MessageId && m.PlainText.Contains("dikonfirmasi", StringComparison.Ordinal));
        var broadcastSentAtConfirmation = harness.Telegram.SentMessages.Count(IsBroadcast);
        Assert.True(broadcastSentAtConfirmation < 150, "the broadcast was still under way when the alert was confirmed");

        await harness.WaitForAsync(_ => harness.Telegram.SentMessages.Count(IsAlert) == 150 && harness.Telegram.SentMessages.Count(IsBroadcast) == 150);
        var sent = harness.Telegram.SentMessages.ToList();
        var firstAlert = sent.FindIndex(IsAlert);
        var broadcastBeforeFirstAlert = sent.Take(firstAlert).Count(IsBroadcast);
        // One second of sending at most went to the broadcast between the confirmation and the first alert.
        Assert.True(broadcastBeforeFirstAlert - broadcastSentAtConfirmation <= MessagesPerSecond,
            $"{broadcastBeforeFirstAlert - broadcastSentAtConfirmation} broadcast messages went out after the alert was confirmed and before it");
        // And the alert reached everyone before the rest of the broadcast did.
        Assert.True(sent.FindLastIndex(IsAlert) < sent.FindLastIndex(IsBroadcast), "every alert went out before the broadcast finished");
        Assert.All(chats, chat => Assert.Single(harness.To(chat, "Air sungai Tuntang naik")));
        Assert.StartsWith("<b>⚠️ PERINGATAN DARURAT</b>\n\nAir sungai", sent[firstAlert].Text, StringComparison.Ordinal);

        await using var db = harness.Bot.OpenDatabase();
        Assert.All(db.Deliveries.Where(d => d.Article!.Summary.StartsWith("Air sungai")).ToList(), d => Assert.Equal(NewsBot.Delivery.DeliveryPriority.Urgent, d.Priority));
    }

    [Fact]
    public async Task An_English_admin_gets_the_alert_preview_and_reports_in_English()
    {
        await harness.SubscribeAsync(8001, 3, "banjir");
        var preview = await harness.AskAsync("/alert Flood warning for Demak", m => m.PlainText.Contains("Preview", StringComparison.Ordinal), language: "en");
        Assert.Contains("📋 Preview of urgent notice #", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains("to every subscriber: 3 chats", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains("⚠️ EMERGENCY ALERT", preview.PlainText, StringComparison.Ordinal);

        harness.Press(preview, $"/sendbroadcast {BroadcastBot.DraftId(preview)}", "en");
        var report = await harness.WaitForAsync(m => m.ChatId == BroadcastBot.Admin && m.PlainText.Contains(" done:", StringComparison.Ordinal));
        Assert.EndsWith("done: sent 3, failed 0, blocked 0.", report.PlainText, StringComparison.Ordinal);
        // Subscribers read the header in their own language: these chose none, so Bahasa Indonesia.
        Assert.Single(harness.To(8001, "⚠️ PERINGATAN DARURAT"));
    }

    private static bool IsBroadcast(Fakes.SentMessage m) => m.ChatId != BroadcastBot.Admin && m.PlainText.Contains("Jadwal pasar murah", StringComparison.Ordinal);

    private static bool IsAlert(Fakes.SentMessage m) => m.ChatId != BroadcastBot.Admin && m.PlainText.Contains("Air sungai Tuntang", StringComparison.Ordinal);

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
