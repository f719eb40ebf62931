using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// /siaran and its confirmation over the fake Bot API: the preview, Send and Cancel buttons and their typed twins, a
/// second confirmation that never sends twice, the final report in the admin's chat, and refusals for everyone else.
/// </summary>
public sealed class BroadcastEndToEndTests : IAsyncLifetime
{
    private const long Citizen = 777;
    private BroadcastBot harness = null!;

    public async Task InitializeAsync() => harness = await BroadcastBot.StartAsync();

    [Fact]
    public async Task A_confirmed_broadcast_reaches_the_topic_once_and_a_second_confirmation_is_refused()
    {
        var economy = await harness.SubscribeAsync(2001, 2, "ekonomi");
        var health = await harness.SubscribeAsync(2101, 1, "kesehatan");

        var preview = await harness.AskAsync("/siaran ekonomi Pasar murah besok pukul 08.00 di alun-alun.\nBawa kantong belanja sendiri & <tas>.");
        Assert.Contains("📋 Pratinjau siaran #", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains("pelanggan topik ekonomi: 2 chat (Telegram 2)", preview.PlainText, StringComparison.Ordinal);
        Assert.Contains("📢 PENGUMUMAN\n\nPasar murah besok pukul 08.00 di alun-alun.\nBawa kantong belanja sendiri & <tas>.", preview.PlainText, StringComparison.Ordinal);
        Assert.Equal("html", preview.ParseMode, ignoreCase: true);
        var id = BroadcastBot.DraftId(preview);
        Assert.Contains($"/kirimsiaran {id}", preview.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.Contains($"/batalsiaran {id}", preview.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.Empty(harness.To(economy[0], "Pasar murah"));

        harness.Press(preview, $"/kirimsiaran {id}");
        var confirmed = await harness.WaitForAsync(m => m.MessageId == preview.MessageId && m.PlainText.Contains("dikonfirmasi", StringComparison.Ordinal));
        Assert.Contains($"Siaran #{id} dikonfirmasi: sedang dikirim ke 2 chat", confirmed.PlainText, StringComparison.Ordinal);
        Assert.Null(confirmed.ReplyMarkupJson);

        foreach (var chat in economy)
        {
            var news = await harness.WaitForAsync(m => m.ChatId == chat && m.PlainText.Contains("Pasar murah", StringComparison.Ordinal));
            Assert.StartsWith("<b>📢 PENGUMUMAN</b>\n\nPasar murah besok", news.Text, StringComparison.Ordinal);
            Assert.Contains("&amp; &lt;tas&gt;", news.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("#ekonomi", news.Text, StringComparison.Ordinal);
        }

        var report = await harness.WaitForAsync(m => m.ChatId == BroadcastBot.Admin && m.PlainText.Contains("selesai", StringComparison.Ordinal));
        Assert.Equal($"✅ Siaran #{id} selesai: terkirim 2, gagal 0, memblokir bot 0.", report.PlainText);

        // The stale button once more, and the typed confirmation: answered, never sent again.
        harness.Press(preview, $"/kirimsiaran {id}");
        var again = await harness.WaitForAsync(m => m.ChatId == BroadcastBot.Admin && m.PlainText.Contains("sudah dikonfirmasi sebelumnya", StringComparison.Ordinal));
        var typed = await harness.AskAsync($"/kirimsiaran {id}");
        Assert.Contains("tidak akan dikirim dua kali", again.PlainText, StringComparison.Ordinal);
        Assert.Contains("tidak akan dikirim dua kali", typed.PlainText, StringComparison.Ordinal);
        // A confirmation has done all it does (rows planned included) before it is answered; once the outbox is idle a
        // second copy would have been sent.
        await harness.Bot.WaitUntilOutboxIdleAsync(TimeSpan.FromSeconds(20));

        Assert.All(economy, chat => Assert.Single(harness.To(chat, "Pasar murah")));
        Assert.Empty(harness.To(health[0], "Pasar murah"));
        await using var db = harness.Bot.OpenDatabase();
        Assert.Equal(2, db.Deliveries.Count(d => d.Status == DeliveryStatus.Sent));
        var broadcast = db.Broadcasts.Single();
        Assert.Equal((BroadcastState.Confirmed, 2, 2, 0), (broadcast.State, broadcast.Planned, broadcast.Sent, broadcast.Failed));
        Assert.True(db.Sources.Single().Kind == SourceKind.Broadcast && !db.Sources.Single().IsEnabled, "the hidden broadcast source is never polled");
    }

    [Fact]
    public async Task A_cancelled_broadcast_sends_nothing_and_cannot_be_confirmed_afterwards()
    {
        var everyone = await harness.SubscribeAsync(3001, 2, "ekonomi");

        var preview = await harness.AskAsync("/broadcast all Office closed tomorrow", m => m.PlainText.Contains("Preview", StringComparison.Ordinal), language: "en");
        Assert.Contains("to every subscriber: 2 chats", preview.PlainText, StringComparison.Ordinal);
        var id = BroadcastBot.DraftId(preview);

        harness.Press(preview, $"/batalsiaran {id}");
        var cancelled = await harness.WaitForAsync(m => m.MessageId == preview.MessageId && m.PlainText.Contains("dibatalkan", StringComparison.Ordinal));
        Assert.Equal($"❌ Siaran #{id} dibatalkan; tidak ada yang dikirim.", cancelled.PlainText);

        harness.Press(preview, $"/kirimsiaran {id}");
        var refused = await harness.WaitForAsync(m => m.ChatId == BroadcastBot.Admin && m.PlainText.Contains("sudah dibatalkan", StringComparison.Ordinal));
        var cancelTwice = await harness.AskAsync($"/batalsiaran {id}");
        Assert.Contains("tidak ada yang dikirim", refused.PlainText, StringComparison.Ordinal);
        Assert.Contains("sudah dibatalkan", cancelTwice.PlainText, StringComparison.Ordinal);

        // A cancelled broadcast never became an article: not in /terbaru, and there is nothing to deliver.
        var latest = await harness.AskAsync("/terbaru", everyone[0]);
        // The refused confirmation had done all it does before it was answered; anything it put in the outbox is sent
        // once the outbox is idle.
        await harness.Bot.WaitUntilOutboxIdleAsync(TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("Office closed", latest.PlainText, StringComparison.Ordinal);
        Assert.All(everyone, chat => Assert.Empty(harness.To(chat, "Office closed")));
        await using var db = harness.Bot.OpenDatabase();
        Assert.Empty(db.Deliveries);
        Assert.Empty(db.Articles);
    }

    [Fact]
    public async Task Typed_confirmation_without_a_number_sends_the_latest_draft_and_the_broadcast_is_no_news_topic()
    {
        var chats = await harness.SubscribeAsync(4001, 2, "kesehatan");
        await harness.AskAsync("/siaran kesehatan Vaksinasi gratis di puskesmas Sabtu ini https://demakkab.go.id/vaksin.", m => m.PlainText.Contains("Pratinjau", StringComparison.Ordinal));

        var confirmed = await harness.AskAsync("/kirimsiaran");
        Assert.Contains("dikonfirmasi: sedang dikirim ke 2 chat", confirmed.PlainText, StringComparison.Ordinal);
        await harness.WaitForAsync(m => m.ChatId == chats[1] && m.PlainText.Contains("Vaksinasi gratis", StringComparison.Ordinal));
        // The final report goes to the admin's chat in its turn (one message a second); the next answer comes after it.
        await harness.WaitForAsync(m => m.ChatId == BroadcastBot.Admin && m.PlainText.Contains("selesai", StringComparison.Ordinal));
        var nothingLeft = await harness.AskAsync("/kirimsiaran");
        Assert.Contains("Tidak ada siaran yang menunggu konfirmasi Anda", nothingLeft.PlainText, StringComparison.Ordinal);

        // Topics are what the newsroom publishes: a broadcast adds none. /terbaru does show it (decision in docs/commands.md).
        var topics = await harness.AskAsync("/topik", chats[0]);
        var latest = await harness.AskAsync("/terbaru", chats[0]);
        var latestOnTopic = await harness.AskAsync("/terbaru kesehatan", chats[0]);
        // The picker shows the chats' own topic with no article counted: the broadcast counts for no topic.
        Assert.DoesNotContain("(1)", topics.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Vaksinasi", topics.PlainText, StringComparison.Ordinal);
        Assert.Contains("Vaksinasi gratis di puskesmas Sabtu ini", latest.PlainText, StringComparison.Ordinal);
        Assert.Contains("https://demakkab.go.id/vaksin\n", latest.PlainText + "\n", StringComparison.Ordinal);
        Assert.Contains("Belum ada berita tentang kesehatan", latestOnTopic.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_and_the_final_counts_reach_the_admin_with_blocked_chats_counted_apart()
    {
        var chats = await harness.SubscribeAsync(5001, 100, "banjir");
        harness.Telegram.FailNextSend(chats[10], FakeTelegramFailure.BlockedByUser);
        harness.Telegram.FailNextSend(chats[20], FakeTelegramFailure.BlockedByUser);

        var preview = await harness.AskAsync("/siaran banjir Tanggul Jl. Sultan Fatah diperbaiki mulai Senin.", m => m.PlainText.Contains("Pratinjau", StringComparison.Ordinal));
        harness.Press(preview, $"/kirimsiaran {BroadcastBot.DraftId(preview)}");
        var report = await harness.WaitForAsync(m => m.ChatId == BroadcastBot.Admin && m.PlainText.Contains("selesai", StringComparison.Ordinal));

        Assert.EndsWith("selesai: terkirim 98, gagal 0, memblokir bot 2.", report.PlainText, StringComparison.Ordinal);
        var progress = harness.Telegram.SentMessages.Where(m => m.ChatId == BroadcastBot.Admin && m.PlainText.StartsWith("📤", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, m => Assert.Matches(@"^📤 Siaran #\d+: terkirim \d+ / 100 \(\d+%\)", m.PlainText));
        Assert.True(progress.Count <= 4, $"at most one report per quarter, got {progress.Count}");
        Assert.True(harness.Telegram.SentMessages.ToList().FindIndex(m => m.PlainText.StartsWith("📤", StringComparison.Ordinal))
                    < harness.Telegram.SentMessages.ToList().FindIndex(m => m.PlainText.Contains("selesai", StringComparison.Ordinal)));
        await using var db = harness.Bot.OpenDatabase();
        Assert.Equal(2, db.Subscribers.Count(s => s.State == SubscriberState.Inactive));
    }

    [Fact]
    public async Task Citizens_hear_unknown_command_for_every_broadcast_command()
    {
        await harness.SubscribeAsync(Citizen, 1, "ekonomi");
        foreach (var command in new[] { "/siaran semua halo", "/darurat banjir", "/pratinjau https://example.org/", "/tautan ekonomi", "/kirimsiaran 1", "/batalsiaran 1", "/alert flood" })
        {
            var answer = await harness.AskAsync(command, Citizen);
            Assert.Contains("tidak dikenal", answer.PlainText, StringComparison.Ordinal);
        }

        await using var db = harness.Bot.OpenDatabase();
        Assert.Empty(db.Broadcasts);
    }

    [Theory]
    [InlineData("/siaran", "Tulis topik (atau semua) lalu teksnya")]
    [InlineData("/siaran ekonomi", "Teks siarannya belum ada. Contoh: /siaran ekonomi")]
    [InlineData("/siaran !!! Pasar murah", "Topik !!! tidak dapat dipakai")]
    [InlineData("/siaran pertanian Panen raya", "Tidak ada pelanggan aktif untuk topik pertanian")]
    [InlineData("/darurat", "Tulis teks peringatannya")]
    [InlineData("/kirimsiaran abc", "abc bukan nomor siaran. Contoh: /kirimsiaran 12")]
    [InlineData("/kirimsiaran 999", "Siaran #999 tidak ditemukan")]
    [InlineData("/batalsiaran", "Tidak ada siaran yang menunggu konfirmasi Anda")]
    public async Task Bad_arguments_get_a_short_helpful_answer(string command, string expected)
    {
        await harness.SubscribeAsync(6001, 1, "ekonomi");
        var answer = await harness.AskAsync(command);
        Assert.Contains(expected, answer.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_longer_than_a_message_can_carry_is_refused_before_any_draft()
    {
        await harness.SubscribeAsync(6101, 1, "ekonomi");
        var answer = await harness.AskAsync("/siaran semua " + new string('x', 3_600));
        Assert.Contains("Teks terlalu panjang: 3600 karakter, paling banyak 3500", answer.PlainText, StringComparison.Ordinal);
        await using var db = harness.Bot.OpenDatabase();
        Assert.Empty(db.Broadcasts);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
