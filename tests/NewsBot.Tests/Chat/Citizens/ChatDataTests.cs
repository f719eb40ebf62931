using NewsBot.Chat;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Citizens;

/// <summary>/dataku shows what is held about a chat; /hapusdata erases it after a confirmation (UU PDP No. 27/2022).</summary>
public sealed class ChatDataTests : IDisposable
{
    private const string Number = "6281200000001";
    private const string Other = "6281200000002";
    private readonly CommandTestBed bed = new();

    /// <summary>A subscriber with topics, one sent and one pending delivery, and WhatsApp inbound items of its own and of another number.</summary>
    private void SeedWhatsAppChat()
    {
        using var db = bed.Open();
        var source = Seed.Source(db);
        var first = Seed.Article(db, source, "Pasar murah", "ekonomi");
        var second = Seed.Article(db, source, "Harga beras", "ekonomi");
        var subscriber = Seed.Subscriber(db, Number, ChannelKind.WhatsApp, tags: ["ekonomi", "banjir"]);
        var other = Seed.Subscriber(db, Other, ChannelKind.WhatsApp, tags: ["ekonomi"]);
        db.Deliveries.AddRange(
            new NewsBot.Storage.Delivery { ArticleId = first.Id, SubscriberId = subscriber.Id, Status = DeliveryStatus.Sent, CreatedUtc = Seed.Now, DueUtc = Seed.Now },
            new NewsBot.Storage.Delivery { ArticleId = second.Id, SubscriberId = subscriber.Id, CreatedUtc = Seed.Now, DueUtc = Seed.Now },
            new NewsBot.Storage.Delivery { ArticleId = first.Id, SubscriberId = other.Id, Status = DeliveryStatus.Sent, CreatedUtc = Seed.Now, DueUtc = Seed.Now });
        db.WhatsAppInbound.AddRange(
            Inbound("wamid.1", $$$"""{"from":"{{{Number}}}","type":"text","text":{"body":"LANGGANAN ekonomi"}}""", processed: true),
            Inbound("wamid.2|read", $$$"""{"id":"wamid.2","status":"read","recipient_id":"{{{Number}}}"}""", processed: true, WhatsAppInboundKind.Status),
            Inbound("wamid.3", $$$"""{"from": "{{{Number}}}", "type":"text","text":{"body":"HAPUSDATA ya"}}""", processed: false),
            Inbound("wamid.4", $$$"""{"from":"{{{Other}}}","type":"text","text":{"body":"mentions {{{Number}}}"}}""", processed: true));
        db.SaveChanges();
    }

    private static WhatsAppInbound Inbound(string id, string payload, bool processed, WhatsAppInboundKind kind = WhatsAppInboundKind.Message) => new()
    {
        Kind = kind, ExternalId = id, Payload = payload, ReceivedUtc = Seed.Now, DueUtc = Seed.Now, ProcessedUtc = processed ? Seed.Now : null,
    };

    private Task<ChatReply> WhatsApp(string text, bool fromButton = false) =>
        bed.SendAsync(text, Number, language: null, channel: ChannelKind.WhatsApp, fromButton: fromButton);

    [Fact]
    public async Task My_data_lists_channel_chat_language_topics_date_messages_sent_and_stored_messages()
    {
        SeedWhatsAppChat();

        var reply = await WhatsApp("DATAKU");

        Assert.Contains("• Saluran: WhatsApp", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"• ID chat: {Number}", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• Bahasa: id", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• Topik: banjir, ekonomi", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• Terdaftar sejak: 2026-11-29", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• Berita terkirim: 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• Status: aktif", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• Cara kirim: langsung", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jam senyap", reply.Text, StringComparison.Ordinal);
        Assert.Contains("(paling lama 2 hari): 3", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/hapusdata", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_data_shows_the_digest_hour_and_quiet_hours_once_chosen()
    {
        SeedWhatsAppChat();
        await WhatsApp("MODE harian 19:30");
        await WhatsApp("ZONA WITA");
        await WhatsApp("SENYAP 22:00-05:00");

        var reply = await WhatsApp("DATAKU");

        Assert.Contains("• Cara kirim: ringkasan harian pukul 19:30 WITA", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• Jam senyap: 22:00-05:00 WITA", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_data_of_a_stranger_says_nothing_is_held_in_their_language()
    {
        Assert.Equal("Kami tidak menyimpan data apa pun tentang chat ini.", (await bed.SendAsync("/dataku")).Text);
        Assert.Equal("We hold no data about this chat.", (await bed.SendAsync("/mydata", language: "en")).Text);
    }

    [Fact]
    public async Task Delete_asks_first_with_confirm_and_cancel_buttons_and_cancel_changes_nothing()
    {
        SeedWhatsAppChat();

        var question = await WhatsApp("HAPUSDATA");
        var cancelled = await WhatsApp("/hapusdata batal", fromButton: true);

        Assert.Contains("tidak dapat dibatalkan", question.Text, StringComparison.Ordinal);
        Assert.Equal([("Ya, hapus", "/hapusdata ya"), ("Batal", "/hapusdata batal")], question.Buttons.Single().Select(b => (b.Label, b.Command)));
        Assert.Equal("Dibatalkan. Data Anda tidak diubah.", cancelled.Text);
        Assert.True(cancelled.ReplacesPressedMessage);
        Assert.Equal(["banjir", "ekonomi"], bed.TagsOf(Number));
        using var db = bed.Open();
        Assert.Equal(3, db.Deliveries.Count());
        Assert.Equal(4, db.WhatsAppInbound.Count());
    }

    [Fact]
    public async Task Confirmed_deletion_erases_the_subscriber_its_topics_deliveries_and_inbound_items_and_nothing_else()
    {
        SeedWhatsAppChat();

        var reply = await WhatsApp("/hapusdata ya", fromButton: true);

        Assert.StartsWith("Semua data chat ini telah dihapus.", reply.Text, StringComparison.Ordinal);
        Assert.True(reply.ReplacesPressedMessage);
        using (var db = bed.Open())
        {
            Assert.Equal([Other], db.Subscribers.Select(s => s.ChatId).ToList());
            Assert.Equal(["ekonomi"], db.SubscriberTags.Select(t => t.Tag).ToList());
            Assert.Single(db.Deliveries);
            // The message being processed keeps only its id (against redeliveries); its content is gone.
            var left = db.WhatsAppInbound.OrderBy(i => i.ExternalId).ToList();
            Assert.Equal(["wamid.3", "wamid.4"], left.Select(i => i.ExternalId));
            Assert.Equal("{}", left[0].Payload);
            Assert.DoesNotContain(db.WhatsAppInbound.AsEnumerable(), i => i.Payload.Contains("\"from\":\"" + Number, StringComparison.Ordinal));
        }

        Assert.Equal("Kami tidak menyimpan data apa pun tentang chat ini.", (await WhatsApp("DATAKU")).Text);
    }

    [Fact]
    public async Task Deletion_erases_the_chats_refused_admin_attempts_but_keeps_the_staffs_audit_trail()
    {
        SeedWhatsAppChat();
        await WhatsApp("STATISTIK");
        await bed.SendAsync("STATISTIK", Other, language: null, channel: ChannelKind.WhatsApp);
        using (var db = bed.Open())
        {
            // Something the number did back when it was staff: the newsroom's record, which stays.
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = Seed.Now, Channel = ChannelKind.WhatsApp, SenderId = Number, ChatId = Number, Command = "jedasumber",
                Arguments = "1", Outcome = "Sumber #1 dijeda.",
            });
            db.SaveChanges();
            Assert.Equal(3, db.AuditEntries.Count());
        }

        await WhatsApp("HAPUSDATA ya");

        using var check = bed.Open();
        Assert.Equal(["jedasumber " + Number, "statistik " + Other],
            check.AuditEntries.OrderBy(a => a.Command).Select(a => a.Command + " " + a.SenderId).ToList());
    }

    [Fact]
    public async Task Typed_English_confirmation_works_and_a_bad_answer_gets_the_usage()
    {
        await bed.SendAsync("/subscribe ekonomi", language: "en");

        var bad = await bed.SendAsync("/deletemydata maybe", language: "en");
        var question = await bed.SendAsync("/deletemydata", language: "en");
        var erased = await bed.SendAsync("/deletemydata yes", language: "en");

        Assert.Equal("Type /deletemydata to erase your data (you will be asked to confirm).", bad.Text);
        Assert.Equal(["/deletemydata yes", "/deletemydata cancel"], question.Buttons.Single().Select(b => b.Command));
        Assert.StartsWith("All data of this chat has been erased.", erased.Text, StringComparison.Ordinal);
        Assert.False(erased.ReplacesPressedMessage);
        using var db = bed.Open();
        Assert.Empty(db.Subscribers);
    }

    [Fact]
    public async Task Deleting_when_nothing_is_held_says_so_without_asking()
    {
        var reply = await bed.SendAsync("/hapusdata");

        Assert.Equal("Kami tidak menyimpan data apa pun tentang chat ini.", reply.Text);
        Assert.Empty(reply.Buttons);
    }

    public void Dispose() => bed.Dispose();
}
