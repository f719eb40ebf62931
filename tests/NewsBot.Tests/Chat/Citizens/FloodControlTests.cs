using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Citizens;

/// <summary>A chat that floods commands is slowed down with one polite answer; other chats are unaffected.</summary>
public sealed class FloodControlTests : IDisposable
{
    // A window far longer than the test, so that it cannot roll over while the test runs.
    private readonly CommandTestBed bed = new(new Dictionary<string, string?>
    {
        ["Chat:CommandsPerChat"] = "3",
        ["Chat:CommandsPerChatWindow"] = "01:00:00",
    });

    [Fact]
    public async Task The_first_command_over_the_limit_gets_one_polite_answer_and_the_rest_are_dropped()
    {
        var served = new List<string>();
        for (var i = 0; i < 3; i++) served.Add((await bed.SendAsync("/bantuan", chatId: "100")).Text);
        var warned = await bed.SendAsync("/langganan ekonomi", chatId: "100");
        var dropped = await bed.SendAsync("/bantuan", chatId: "100");
        var droppedAgain = await bed.SendAsync("/langganan ekonomi", chatId: "100");
        var otherChat = await bed.SendAsync("/bantuan", chatId: "200");

        Assert.All(served, text => Assert.StartsWith("Perintah NewsBot:", text, StringComparison.Ordinal));
        Assert.StartsWith("Mohon tunggu sebentar", warned.Text, StringComparison.Ordinal);
        Assert.True(dropped.IsNone);
        Assert.True(droppedAgain.IsNone);
        Assert.StartsWith("Perintah NewsBot:", otherChat.Text, StringComparison.Ordinal);
        using var db = bed.Open();
        Assert.Empty(db.Subscribers);
    }

    [Fact]
    public async Task The_same_chat_id_on_another_channel_is_another_chat_and_the_warning_speaks_the_chats_language()
    {
        for (var i = 0; i < 3; i++) await bed.SendAsync("/help", chatId: "100", language: "en");

        var warned = await bed.SendAsync("/help", chatId: "100", language: "en");
        var whatsApp = await bed.SendAsync("BANTUAN", chatId: "100", channel: NewsBot.Storage.ChannelKind.WhatsApp);

        Assert.StartsWith("Please wait a moment", warned.Text, StringComparison.Ordinal);
        Assert.StartsWith("Perintah NewsBot:", whatsApp.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_limit_of_zero_stops_the_start_with_a_message_naming_the_setting()
    {
        using var database = new BotDatabase();
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => NewsBot.Tests.EndToEnd.RunningBot.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = database.Provider,
                ["Storage:ConnectionString"] = database.ConnectionString,
                ["Chat:CommandsPerChat"] = "0",
            }));

        Assert.Contains("Chat:CommandsPerChat (Chat__CommandsPerChat) = '0' must be between 1 and 10000.", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
