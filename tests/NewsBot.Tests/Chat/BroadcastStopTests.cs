using Microsoft.Extensions.DependencyInjection;
using NewsBot.Delivery;
using NewsBot.Broadcasts;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat;

/// <summary>
/// /hentikansiaran on its own (the app's registrations, a real SQLite file, a fake clock): a broadcast being sent is
/// stopped, what went out stays sent, nothing else goes, and every other case gets a clear answer.
/// </summary>
public sealed class BroadcastStopTests : IDisposable
{
    private const string Admin = "500";
    private const string OtherAdmin = "501";

    private readonly CommandTestBed bed = new(new Dictionary<string, string?>
    {
        ["Admins:Telegram:Admins:0"] = Admin,
        ["Admins:Telegram:Admins:1"] = OtherAdmin,
    });

    public BroadcastStopTests()
    {
        using var db = bed.Open();
        for (var i = 0; i < 200; i++) Seed.Subscriber(db, $"{9000 + i}", ChannelKind.Telegram, SubscriberState.Active, "ekonomi");
    }

    [Fact]
    public async Task Another_admin_stops_a_broadcast_being_sent_and_only_what_went_out_stays_sent()
    {
        var articleId = await ConfirmedBroadcastWithSentAsync(40);

        var reply = await bed.SendAsync("/hentikansiaran", chatId: OtherAdmin);

        Assert.Equal(
            "⏹ Siaran #1 dihentikan: sudah terkirim 40; sisanya tidak akan dikirim (160 diambil dari antrean sekarang, yang sedang diproses dilewati). Laporan akhir dengan angka pastinya menyusul.",
            reply.Text);
        using var db = bed.Open();
        var byStatus = db.Deliveries.GroupBy(d => d.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<DeliveryStatus, int> { [DeliveryStatus.Sent] = 40, [DeliveryStatus.Withdrawn] = 160 }, byStatus);
        Assert.All(db.Deliveries.Where(d => d.Status == DeliveryStatus.Withdrawn), d => Assert.Equal(DeliveryOutcomeRecorder.WithdrawnReason, d.LastError));
        Assert.Equal(BroadcastState.Stopped, db.Broadcasts.Single().State);
        // Rows the dispatcher had already queued are skipped by the senders.
        Assert.True(bed.Services.GetRequiredService<WithdrawnArticles>().Contains(articleId));
        var counts = await bed.Services.GetRequiredService<BroadcastProgress>().CountAsync(articleId, CancellationToken.None);
        Assert.Equal((40, 160, 0, 0), (counts.Sent, counts.Stopped, counts.Failed, counts.Waiting));
    }

    [Fact]
    public async Task Stopping_twice_a_finished_broadcast_a_draft_and_nothing_each_get_their_answer()
    {
        Assert.Equal(
            "Tidak ada siaran yang sedang dikirim. Siaran yang belum dikonfirmasi dibatalkan dengan /batalsiaran.",
            (await bed.SendAsync("/hentikansiaran", chatId: Admin)).Text);
        Assert.Equal(
            "There is no broadcast #7. Without a number, /stopbroadcast stops the newest broadcast being sent.",
            (await bed.SendAsync("/stopbroadcast 7", chatId: Admin, language: "en")).Text);
        Assert.Equal("abc bukan nomor siaran. Contoh: /hentikansiaran 12", (await bed.SendAsync("/hentikansiaran abc", chatId: Admin)).Text);

        await ConfirmedBroadcastWithSentAsync(200);
        using (var db = bed.Open())
        {
            // What the progress reporter records with its final report once every row has its outcome.
            db.Broadcasts.Single().FinishedUtc = Seed.Now;
            db.SaveChanges();
        }

        Assert.Equal("Siaran #1 sudah selesai dikirim (200 terkirim); tidak ada lagi yang bisa dihentikan.",
            (await bed.SendAsync("/hentikansiaran 1", chatId: Admin)).Text);

        await bed.SendAsync("/siaran ekonomi Pasar murah besok", chatId: Admin);
        Assert.Equal("Siaran #2 belum dikirim (atau sudah dibatalkan); batalkan pratinjaunya dengan /batalsiaran 2.",
            (await bed.SendAsync("/hentikansiaran 2", chatId: Admin)).Text);

        await bed.SendAsync("/kirimsiaran 2", chatId: Admin);
        await bed.SendAsync("/hentikansiaran 2", chatId: Admin);
        Assert.Equal("Siaran #2 sudah dihentikan sebelumnya (0 terkirim).", (await bed.SendAsync("/hentikansiaran 2", chatId: OtherAdmin)).Text);
    }

    [Fact]
    public async Task Rows_planned_after_the_stop_are_withdrawn_after_planning_and_on_the_next_start()
    {
        var articleId = await ConfirmedBroadcastWithSentAsync(0);
        await bed.SendAsync("/hentikansiaran 1", chatId: Admin);
        // A later planning window (or a process that died mid-planning) leaves a row behind the stop.
        using (var db = bed.Open())
        {
            var late = Seed.Subscriber(db, "9999", ChannelKind.Telegram, SubscriberState.Active, "ekonomi");
            db.Deliveries.Add(new NewsBot.Storage.Delivery
            {
                ArticleId = articleId, SubscriberId = late.Id, Status = DeliveryStatus.Pending, DueUtc = Seed.Now, CreatedUtc = Seed.Now,
            });
            db.SaveChanges();
        }

        using (var db = bed.Open())
        {
            // ... and the process died before planning was marked finished.
            db.Broadcasts.Single().PlannedUtc = null;
            db.SaveChanges();
        }

        await bed.Services.GetRequiredService<BroadcastConfirmation>().ResumePlanningAsync(CancellationToken.None);

        using var check = bed.Open();
        Assert.Equal(0, check.Deliveries.Count(d => d.Status == DeliveryStatus.Pending));
        Assert.Equal(201, check.Deliveries.Count(d => d.Status == DeliveryStatus.Withdrawn));
        // Not planned again, but marked planned, so the progress reporter can send its final report.
        Assert.Equal((BroadcastState.Stopped, Seed.Now), (check.Broadcasts.Single().State, check.Broadcasts.Single().PlannedUtc));
    }

    /// <summary>Previews and confirms a broadcast to the 200 ekonomi subscribers, then marks the first rows as sent.</summary>
    private async Task<long> ConfirmedBroadcastWithSentAsync(int sent)
    {
        await bed.SendAsync("/siaran ekonomi Pasar murah besok di alun-alun", chatId: Admin);
        Assert.Contains("sedang dikirim ke 200 chat", (await bed.SendAsync("/kirimsiaran", chatId: Admin)).Text, StringComparison.Ordinal);
        using var db = bed.Open();
        foreach (var row in db.Deliveries.OrderBy(d => d.Id).Take(sent))
        {
            row.Status = DeliveryStatus.Sent;
            row.FinishedUtc = Seed.Now;
        }

        db.SaveChanges();
        return db.Broadcasts.Single(b => b.State == BroadcastState.Confirmed).ArticleId!.Value;
    }

    public void Dispose() => bed.Dispose();
}
