using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Chat;
using NewsBot.Chat.Telegram;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using Telegram.Bot;

namespace NewsBot.Tests.Chat;

/// <summary>How a reply looks in Telegram: the real client against the fake Bot API over HTTP.</summary>
public sealed class TelegramReplySenderTests : IAsyncLifetime
{
    private const long ChatId = 5001;
    private FakeTelegramServer server = null!;
    private TelegramReplySender sender = null!;

    public async Task InitializeAsync()
    {
        server = await FakeTelegramServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeTelegramServer.Token, server.BaseUrl.ToString()) { RetryThreshold = 0 });
        sender = new TelegramReplySender(bot, TestPacing.Loose(), NullLogger<TelegramReplySender>.Instance);
    }

    private static ChatReply Picker(string mark) => new($"Pilih topik {mark}")
    {
        Buttons = [[new ChatButton($"{mark} ekonomi", "/topik ekonomi"), new ChatButton("kesehatan", "/topik kesehatan")]],
        ReplacesPressedMessage = true,
    };

    [Fact]
    public async Task Buttons_become_an_inline_keyboard_whose_callback_data_is_the_command()
    {
        await sender.SendAsync(ChatId, Picker("☐"), pressedMessageId: null, CancellationToken.None);

        var sent = Assert.Single(server.SentMessages);
        Assert.Contains("\"callback_data\":\"/topik ekonomi\"", sent.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.Contains("☐ ekonomi", sent.ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_a_pressed_button_edits_that_message_and_an_unchanged_one_is_no_error()
    {
        await sender.SendAsync(ChatId, Picker("☐"), pressedMessageId: null, CancellationToken.None);
        var first = Assert.Single(server.SentMessages);

        await sender.SendAsync(ChatId, Picker("✅"), first.MessageId, CancellationToken.None);
        await sender.SendAsync(ChatId, Picker("✅"), first.MessageId, CancellationToken.None);

        var edited = Assert.Single(server.SentMessages);
        Assert.Equal(1, edited.Edits);
        Assert.Equal("Pilih topik ✅", edited.Text);
        Assert.Contains("✅ ekonomi", edited.ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_goes_as_a_photo_with_the_text_as_caption()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        await sender.SendAsync(ChatId, new ChatReply("Kode QR topik banjir") { Image = new ChatImage(png, "banjir.png") }, null, CancellationToken.None);

        var sent = Assert.Single(server.SentMessages);
        Assert.Equal(png, sent.Photo);
        Assert.Equal("Kode QR topik banjir", sent.Text);
    }

    [Fact]
    public async Task A_text_over_Telegrams_limit_is_cut_instead_of_refused()
    {
        await sender.SendAsync(ChatId, new ChatReply(new string('a', 5000)), null, CancellationToken.None);
        Assert.Equal(4096, Assert.Single(server.SentMessages).Text.Length);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();
}
