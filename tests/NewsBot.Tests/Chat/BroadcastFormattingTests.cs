using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Chat;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using Telegram.Bot;

namespace NewsBot.Tests.Chat;

/// <summary>How a broadcast is laid out in each channel, and how an HTML answer reaches Telegram (or falls back).</summary>
public sealed class BroadcastFormattingTests : IAsyncLifetime
{
    private FakeTelegramServer server = null!;
    private TelegramReplySender sender = null!;

    private static NewsMessage Broadcast(NewsKind kind, string language = "id", string text = "Harga <cabai> & *bawang* naik.\nCek pasar terdekat.") =>
        new("1", "Harga <cabai> & *bawang* naik.", text, "", [], language, 42, kind);

    public async Task InitializeAsync()
    {
        server = await FakeTelegramServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeTelegramServer.Token, server.BaseUrl.ToString()) { RetryThreshold = 0 });
        sender = new TelegramReplySender(bot, TestPacing.Loose(), NullLogger<TelegramReplySender>.Instance);
    }

    [Fact]
    public void Telegram_shows_the_header_and_the_escaped_text_with_its_line_breaks_and_nothing_else()
    {
        var (html, plain) = TelegramNewsFormatter.Format(Broadcast(NewsKind.UrgentNotice));

        Assert.Equal("<b>⚠️ PERINGATAN DARURAT</b>\n\nHarga &lt;cabai&gt; &amp; *bawang* naik.\nCek pasar terdekat.", html);
        Assert.Equal("⚠️ PERINGATAN DARURAT\n\nHarga <cabai> & *bawang* naik.\nCek pasar terdekat.", plain);
        Assert.StartsWith("<b>📢 ANNOUNCEMENT</b>", TelegramNewsFormatter.Format(Broadcast(NewsKind.Broadcast, "en")).Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>⚠️ EMERGENCY ALERT</b>", TelegramNewsFormatter.Format(Broadcast(NewsKind.UrgentNotice, "en")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatsApp_shows_the_header_in_bold_and_the_text_unformatted()
    {
        var text = WhatsAppNewsFormatter.Format(Broadcast(NewsKind.Broadcast));

        Assert.Equal("*📢 PENGUMUMAN*\n\nHarga <cabai> & ＊bawang＊ naik.\nCek pasar terdekat.", text);
    }

    [Fact]
    public void The_WhatsApp_template_carries_the_header_in_its_title_and_a_dash_for_a_missing_link()
    {
        var parameters = WhatsAppNewsFormatter.TemplateParameters(Broadcast(NewsKind.UrgentNotice), ["title", "url", "summary"]);

        Assert.Equal("⚠️ PERINGATAN DARURAT: Harga <cabai> & ＊bawang＊ naik.", parameters[0]);
        Assert.Equal("-", parameters[1]);
        Assert.Equal("Harga <cabai> & ＊bawang＊ naik. Cek pasar terdekat.", parameters[2]);
    }

    [Fact]
    public void A_broadcast_as_long_as_allowed_fits_in_one_message_on_both_channels()
    {
        var longest = string.Concat(Enumerable.Repeat("Warga diminta waspada. ", 160))[..3_500];
        var telegram = TelegramNewsFormatter.Format(Broadcast(NewsKind.UrgentNotice, text: longest)).Plain;
        var whatsApp = WhatsAppNewsFormatter.Format(Broadcast(NewsKind.UrgentNotice, text: longest));

        Assert.EndsWith(longest.TrimEnd(), telegram, StringComparison.Ordinal);
        Assert.EndsWith(longest.TrimEnd(), whatsApp, StringComparison.Ordinal);
        Assert.True(TelegramNewsFormatter.CodePoints(telegram) <= TelegramNewsFormatter.MaxMessageCodePoints);
        Assert.True(whatsApp.Length <= WhatsAppNewsFormatter.MaxMessageChars);
    }

    [Fact]
    public async Task An_HTML_answer_goes_with_parse_mode_HTML_and_one_Telegram_cannot_parse_goes_as_plain_text()
    {
        await sender.SendAsync(7001, new ChatReply("Pratinjau: Judul") { TelegramHtml = "Pratinjau: <b>Judul</b>" }, null, CancellationToken.None);
        await sender.SendAsync(7002, new ChatReply("Pratinjau: Judul") { TelegramHtml = "Pratinjau: <b>Judul" }, null, CancellationToken.None);

        var html = Assert.Single(server.SentMessages, m => m.ChatId == 7001);
        var fallback = Assert.Single(server.SentMessages, m => m.ChatId == 7002);
        Assert.Equal(("Pratinjau: <b>Judul</b>", "Pratinjau: Judul"), (html.Text, html.PlainText));
        Assert.Equal("html", html.ParseMode, ignoreCase: true);
        Assert.Equal("Pratinjau: Judul", fallback.Text);
        Assert.Null(fallback.ParseMode);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();
}
