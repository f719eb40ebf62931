using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat;

/// <summary>The broadcast commands appear in an admin's help, under the admin heading, and nowhere in a citizen's.</summary>
public sealed class BroadcastHelpTests : IDisposable
{
    private static readonly string[] Commands = ["/siaran", "/darurat", "/kirimsiaran", "/batalsiaran", "/pratinjau", "/tautan"];

    private readonly CommandTestBed bed = new(new Dictionary<string, string?> { ["Admins:Telegram:Admins:0"] = "500" });

    [Fact]
    public async Task An_admin_sees_them_among_the_admin_commands_and_a_citizen_does_not()
    {
        var admin = (await bed.SendAsync("/bantuan", chatId: "500")).Text;
        var citizen = (await bed.SendAsync("/bantuan", chatId: "600")).Text;

        var adminSection = admin[admin.IndexOf("Perintah admin:", StringComparison.Ordinal)..];
        Assert.All(Commands, command => Assert.Contains(command, adminSection, StringComparison.Ordinal));
        Assert.Contains("/siaran <topik|semua> <teks>", adminSection, StringComparison.Ordinal);
        Assert.All(Commands, command => Assert.DoesNotContain(command, citizen, StringComparison.Ordinal));
    }

    public void Dispose() => bed.Dispose();
}
