namespace NewsBot.Tests.EndToEnd;

/// <summary>/pratinjau goes through the fetcher's guard: with private addresses refused (the default) loopback is refused.</summary>
public sealed class BroadcastPrivateAddressEndToEndTests : IAsyncLifetime
{
    private BroadcastBot harness = null!;

    public async Task InitializeAsync() => harness = await BroadcastBot.StartAsync(new Dictionary<string, string?>
    {
        ["Fetching:AllowPrivateAddresses"] = "false",
    });

    [Fact]
    public async Task A_private_address_is_refused_with_the_setting_that_allows_it()
    {
        var answer = await harness.AskAsync($"/pratinjau {harness.Telegram.BaseUrl}berita");
        Assert.Contains("alamat privat atau lokal", answer.PlainText, StringComparison.Ordinal);
        Assert.Contains("Fetching:AllowPrivateAddressesFor", answer.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_WhatsApp_number_the_link_answer_says_which_setting_is_missing()
    {
        var answer = await harness.AskAsync("/link ekonomi", m => m.Photo is not null, language: "en");
        Assert.Contains("https://t.me/newsbot_test_bot?start=ekonomi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("WhatsApp: not available — set WhatsApp:DisplayPhoneNumber", answer.Text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
