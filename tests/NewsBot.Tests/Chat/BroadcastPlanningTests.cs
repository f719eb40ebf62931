using Microsoft.Extensions.DependencyInjection;
using NewsBot.Delivery;
using NewsBot.Broadcasts;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat;

/// <summary>
/// The broadcast commands on their own (the app's registrations, a real SQLite file, a fake clock): who is planned,
/// that a broadcast is planned once however often it is confirmed, and the refusals that need a clock or a second admin.
/// </summary>
public sealed class BroadcastPlanningTests : IDisposable
{
    private const string Admin = "500";
    private const string OtherAdmin = "501";

    private readonly CommandTestBed bed = new(new Dictionary<string, string?>
    {
        ["Admins:Telegram:Admins:0"] = Admin,
        ["Admins:Telegram:Admins:1"] = OtherAdmin,
        ["Broadcasts:PlanningBatchSize"] = "100",
    });

    public BroadcastPlanningTests()
    {
        using var db = bed.Open();
        // 250 subscribers, planned in windows of 100 ids: 190 active on ekonomi, 10 inactive on ekonomi, 30 on
        // kesehatan only, 20 that left every topic.
        for (var i = 0; i < 250; i++)
        {
            var (state, tags) = i switch
            {
                < 190 => (SubscriberState.Active, new[] { "ekonomi", "demak" }),
                < 200 => (SubscriberState.Inactive, new[] { "ekonomi" }),
                < 230 => (SubscriberState.Active, new[] { "kesehatan" }),
                _ => (SubscriberState.Active, Array.Empty<string>()),
            };
            Seed.Subscriber(db, $"{9000 + i}", ChannelKind.Telegram, state, tags);
        }
    }

    [Theory]
    [InlineData("/siaran ekonomi Pasar murah besok", 190)]
    [InlineData("/siaran semua Kantor tutup besok", 220)]
    [InlineData("/darurat Banjir di Sayung", 220)]
    public async Task Every_active_subscriber_of_the_target_is_planned_exactly_once_across_windows(string command, int expected)
    {
        var preview = await bed.SendAsync(command, chatId: Admin);
        Assert.Contains($"{expected} chat (Telegram {expected})", preview.Text, StringComparison.Ordinal);

        var confirmed = await bed.SendAsync("/kirimsiaran", chatId: Admin);

        Assert.Contains($"sedang dikirim ke {expected} chat", confirmed.Text, StringComparison.Ordinal);
        using var db = bed.Open();
        var deliveries = db.Deliveries.ToList();
        Assert.Equal(expected, deliveries.Count);
        Assert.Equal(expected, deliveries.Select(d => d.SubscriberId).Distinct().Count());
        var priority = command.StartsWith("/darurat", StringComparison.Ordinal) ? DeliveryPriority.Urgent : DeliveryPriority.News;
        Assert.All(deliveries, d => Assert.Equal((priority, DeliveryStatus.Pending), (d.Priority, d.Status)));
        Assert.DoesNotContain(deliveries, d => db.Subscribers.Single(s => s.Id == d.SubscriberId).State == SubscriberState.Inactive);
        Assert.Empty(db.ArticleTags);
        var broadcast = db.Broadcasts.Single();
        Assert.Equal((expected, expected), (broadcast.PreviewAudience, broadcast.Planned));
        Assert.NotNull(broadcast.PlannedUtc);
    }

    [Fact]
    public async Task Two_confirmations_at_the_same_moment_plan_the_broadcast_once()
    {
        await bed.SendAsync("/siaran ekonomi Pasar murah besok", chatId: Admin);
        var confirmation = bed.Services.GetRequiredService<BroadcastConfirmation>();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => confirmation.ConfirmAsync(null, ChannelKind.Telegram, Admin, CancellationToken.None))));

        Assert.Single(decisions, d => d.Result == BroadcastDecision.Outcome.Confirmed);
        Assert.All(decisions.Where(d => d.Result != BroadcastDecision.Outcome.Confirmed),
            d => Assert.True(d.Result is BroadcastDecision.Outcome.AlreadyConfirmed or BroadcastDecision.Outcome.NotFound, d.Result.ToString()));
        using var db = bed.Open();
        Assert.Equal(190, db.Deliveries.Count());
        Assert.Single(db.Articles);
    }

    [Fact]
    public async Task A_preview_older_than_its_lifetime_is_not_sent()
    {
        await bed.SendAsync("/siaran ekonomi Pasar murah besok", chatId: Admin);
        bed.Time.Advance(TimeSpan.FromMinutes(31));

        var answer = await bed.SendAsync("/kirimsiaran 1", chatId: Admin);

        Assert.Contains("Pratinjau siaran #1 sudah kedaluwarsa", answer.Text, StringComparison.Ordinal);
        using var db = bed.Open();
        Assert.Empty(db.Deliveries);
        Assert.Equal(BroadcastState.Draft, db.Broadcasts.Single().State);
    }

    [Fact]
    public async Task Only_the_admin_who_saw_the_preview_may_send_or_cancel_it()
    {
        await bed.SendAsync("/siaran ekonomi Pasar murah besok", chatId: Admin);

        var send = await bed.SendAsync("/kirimsiaran 1", chatId: OtherAdmin);
        var cancel = await bed.SendAsync("/batalsiaran 1", chatId: OtherAdmin);

        Assert.Contains("Siaran #1 dibuat oleh admin lain", send.Text, StringComparison.Ordinal);
        Assert.Contains("dibuat oleh admin lain", cancel.Text, StringComparison.Ordinal);
        using var db = bed.Open();
        Assert.Equal(BroadcastState.Draft, db.Broadcasts.Single().State);
        Assert.Empty(db.Deliveries);
    }

    [Fact]
    public async Task Planning_interrupted_by_a_restart_is_finished_without_duplicates()
    {
        await bed.SendAsync("/siaran semua Kantor tutup besok", chatId: Admin);
        await bed.SendAsync("/kirimsiaran", chatId: Admin);
        using (var db = bed.Open())
        {
            // As if the process died after the first windows: some rows gone, planning not marked done.
            db.Deliveries.RemoveRange(db.Deliveries.Where(d => d.SubscriberId > 120));
            db.Broadcasts.Single().PlannedUtc = null;
            db.SaveChanges();
        }

        var resumed = await bed.Services.GetRequiredService<BroadcastConfirmation>().ResumePlanningAsync(CancellationToken.None);

        Assert.Equal(1, resumed);
        using var after = bed.Open();
        Assert.Equal(220, after.Deliveries.Count());
        Assert.Equal(220, after.Deliveries.Select(d => d.SubscriberId).Distinct().Count());
        Assert.NotNull(after.Broadcasts.Single().PlannedUtc);
    }

    [Fact]
    public async Task An_urgent_preview_warns_when_delivery_is_paused_and_not_otherwise()
    {
        var before = await bed.SendAsync("/darurat Tanggul jebol di Sayung", chatId: Admin);
        await bed.SendAsync("/jeda", chatId: Admin);
        var during = await bed.SendAsync("/darurat Tanggul jebol di Sayung", chatId: Admin);

        Assert.DoesNotContain("dijeda", before.Text, StringComparison.Ordinal);
        Assert.Contains("Pengiriman sedang dijeda (/jeda)", during.Text, StringComparison.Ordinal);
        Assert.Contains("/lanjut", during.Text, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
