using NewsBot.Chat;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Citizens;

/// <summary>
/// Who may change a group's settings when Telegram cannot be asked (no connection): nobody but the bot's own admins.
/// With Telegram, the group's administrators may; that is tested through the fake Bot API.
/// </summary>
public sealed class GroupSettingsTests : IDisposable
{
    private const string Group = "-1001500";
    private readonly CommandTestBed bed = new(new Dictionary<string, string?> { ["Admins:Telegram:Admins:0"] = "777" });

    private Task<ChatReply> InGroup(string text, string sender) =>
        bed.SendAsync(text, chatId: Group, senderId: sender, chatKind: ChatKind.Group);

    [Fact]
    public async Task Subscriptions_language_and_erasure_of_a_group_are_refused_to_an_unverified_member()
    {
        foreach (var text in new[] { "/langganan ekonomi", "/bahasa en", "/hapusdata ya", "/start ekonomi" })
        {
            Assert.Contains("hanya admin grup", (await InGroup(text, "555")).Text, StringComparison.Ordinal);
        }

        using var db = bed.Open();
        Assert.Empty(db.Subscribers);
    }

    [Fact]
    public async Task The_bots_own_admin_may_change_a_group_and_members_may_still_read()
    {
        await InGroup("/langganan ekonomi", "777");

        var mine = await InGroup("/langgananku", "555");
        var refusedLeave = await InGroup("/berhenti", "555");

        Assert.Equal(["ekonomi"], bed.TagsOf(Group));
        Assert.Contains("ekonomi", mine.Text, StringComparison.Ordinal);
        Assert.Contains("hanya admin grup", refusedLeave.Text, StringComparison.Ordinal);
        Assert.False(refusedLeave.ReplacesPressedMessage);
    }

    public void Dispose() => bed.Dispose();
}
