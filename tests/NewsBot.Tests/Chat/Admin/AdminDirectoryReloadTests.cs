using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Chat;
using NewsBot.Chat.Admin;
using NewsBot.Storage;

namespace NewsBot.Tests.Chat.Admin;

/// <summary>appsettings.json is reloaded when edited; a bad edit must not take every command down with it.</summary>
public sealed class AdminDirectoryReloadTests
{
    [Fact]
    public void An_invalid_edit_keeps_the_last_valid_admins()
    {
        var monitor = new Mock<IOptionsMonitor<AdminOptions>>();
        monitor.Setup(m => m.CurrentValue).Returns(new AdminOptions { Telegram = new ChannelAdmins { Owners = ["9001"] } });
        var directory = new AdminDirectory(monitor.Object, NullLogger<AdminDirectory>.Instance);
        Assert.Equal(CommandAudience.Owner, directory.ConfiguredRoleOf(ChannelKind.Telegram, "9001"));

        monitor.Setup(m => m.CurrentValue).Throws(new OptionsValidationException("", typeof(AdminOptions), ["Admins:Telegram:Owners:0 (Admins__Telegram__Owners__0) = 'x' must be a Telegram user id."]));

        Assert.Equal(CommandAudience.Owner, directory.ConfiguredRoleOf(ChannelKind.Telegram, "9001"));
        Assert.Null(directory.ConfiguredRoleOf(ChannelKind.Telegram, "x"));
    }
}
