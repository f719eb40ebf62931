using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Admin;

/// <summary>Who may use the admin commands, what /bantuan shows each, and that every attempt lands in the audit log.</summary>
public sealed class AdminAccessTests : IDisposable
{
    private const string Owner = "9001";
    private const string ConfiguredAdmin = "9002";
    private const string Citizen = "7001";

    private static readonly string[] MyAdminCommands =
        ["admin", "audit", "statistik", "sumber", "tambahsumber", "hapussumber", "jedasumber", "lanjutsumber", "ambil", "jeda", "lanjut"];

    private readonly CommandTestBed bed = new(new Dictionary<string, string?>
    {
        ["Admins:Telegram:Owners:0"] = Owner,
        ["Admins:Telegram:Admins:0"] = ConfiguredAdmin,
        ["Admins:WhatsApp:Owners:0"] = "6281100000009",
    });

    public static TheoryData<string> AdminCommandNames() => new()
    {
        "admin", "admins", "audit", "statistik", "stats", "sumber", "sources", "tambahsumber https://example.com/feed", "addsource",
        "hapussumber 1", "removesource 1 ya", "jedasumber 1", "pausesource", "lanjutsumber 1", "resumesource", "ambil", "pollnow",
        "jeda", "pause", "lanjut", "resume",
    };

    private IReadOnlyList<IChatCommand> Catalog => bed.Services.GetRequiredService<CommandCatalog>().All;

    [Theory]
    [MemberData(nameof(AdminCommandNames))]
    public async Task A_citizen_is_told_every_admin_command_is_unknown_and_the_attempt_is_audited(string command)
    {
        var reply = await bed.SendAsync("/" + command, chatId: Citizen, senderId: Citizen);

        Assert.Equal($"Maaf, perintah /{command.Split(' ')[0]} tidak dikenal. Ketik /bantuan untuk daftar perintah.", reply.Text);
        using var db = bed.Open();
        var entry = Assert.Single(db.AuditEntries);
        Assert.Equal((ChannelKind.Telegram, Citizen, "refused: not allowed", ""), (entry.Channel, entry.SenderId, entry.Outcome, entry.Arguments));
        Assert.Equal(bed.Services.GetRequiredService<CommandCatalog>().Find(command.Split(' ')[0])!.Descriptor.Indonesian, entry.Command);
    }

    [Fact]
    public async Task Every_admin_command_in_the_catalog_is_refused_to_a_citizen_on_both_channels()
    {
        var adminCommands = Catalog.Where(c => c.Descriptor.Audience > CommandAudience.Everyone).ToList();
        // The catalog holds at least these (other admin commands join it and are checked by the same loop).
        Assert.Subset(adminCommands.Select(c => c.Descriptor.Indonesian).ToHashSet(), MyAdminCommands.ToHashSet());

        foreach (var command in adminCommands)
        {
            var telegram = await bed.SendAsync("/" + command.Descriptor.English, chatId: Citizen, senderId: Citizen, language: "en");
            var whatsApp = await bed.SendAsync(command.Descriptor.Indonesian.ToUpperInvariant(), chatId: "6281100000001", channel: ChannelKind.WhatsApp);
            Assert.StartsWith("Sorry, I don't know the command", telegram.Text, StringComparison.Ordinal);
            Assert.StartsWith("Maaf, perintah", whatsApp.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_group_member_who_is_not_staff_is_refused_even_when_an_admin_owns_the_group_chat()
    {
        var reply = await bed.SendAsync("/statistik", chatId: "-100200", senderId: Citizen, chatKind: ChatKind.Group);
        var admin = await bed.SendAsync("/statistik", chatId: "-100200", senderId: ConfiguredAdmin, chatKind: ChatKind.Group);

        Assert.Contains("tidak dikenal", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Pelanggan aktif", admin.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_a_citizen_lists_exactly_the_citizen_commands()
    {
        var help = await bed.SendAsync("/bantuan", chatId: Citizen, senderId: Citizen);

        var expected = Catalog.Where(c => c.Descriptor.Audience == CommandAudience.Everyone).Select(c => c.Descriptor.Indonesian).ToHashSet();
        Assert.Equal(expected, ListedCommands(help.Text));
        Assert.DoesNotContain("Perintah admin", help.Text, StringComparison.Ordinal);
        Assert.All(MyAdminCommands, name => Assert.DoesNotContain("/" + name + " ", help.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_for_an_admin_lists_the_admin_commands_in_their_own_section()
    {
        var help = await bed.SendAsync("/help", chatId: ConfiguredAdmin, language: "en");

        var sections = help.Text.Split("Admin commands:");
        Assert.Equal(2, sections.Length);
        var citizen = Catalog.Where(c => c.Descriptor.Audience == CommandAudience.Everyone).Select(c => c.Descriptor.English).ToHashSet();
        var admin = Catalog.Where(c => c.Descriptor.Audience == CommandAudience.Admin).Select(c => c.Descriptor.English).ToHashSet();
        Assert.Equal(citizen, ListedCommands(sections[0]));
        Assert.Equal(admin, ListedCommands(sections[1]));
        Assert.Subset(admin, new HashSet<string> { "admins", "audit", "stats", "sources", "addsource", "removesource", "pausesource", "resumesource", "pollnow", "pause", "resume" });
    }

    [Fact]
    public async Task Admin_commands_are_audited_with_sender_command_arguments_and_outcome()
    {
        await bed.SendAsync("/jedasumber 42", chatId: ConfiguredAdmin);
        await bed.SendAsync("/stats " + new string('x', 500), chatId: ConfiguredAdmin, language: "en");
        await bed.SendAsync("/langganan ekonomi", chatId: ConfiguredAdmin);

        using var db = bed.Open();
        var entries = db.AuditEntries.OrderBy(e => e.Id).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("jedasumber", "42", "Tidak ada sumber nomor 42. Lihat daftar sumber: /sumber"), (entries[0].Command, entries[0].Arguments, entries[0].Outcome));
        Assert.Equal(ConfiguredAdmin, entries[0].SenderId);
        Assert.Equal(Seed.Now, entries[0].AtUtc);
        Assert.Equal("statistik", entries[1].Command);
        Assert.Equal(200, entries[1].Arguments.Length);
    }

    [Fact]
    public async Task Audit_shows_the_newest_entries_first_and_refuses_a_bad_count()
    {
        await bed.SendAsync("/sumber", chatId: ConfiguredAdmin);
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        await bed.SendAsync("/jedasumber 7", chatId: Owner);
        bed.Time.Advance(TimeSpan.FromMinutes(5));

        var two = await bed.SendAsync("/audit 2", chatId: ConfiguredAdmin);
        var bad = await bed.SendAsync("/audit banyak", chatId: ConfiguredAdmin);
        var tooMany = await bed.SendAsync("/audit 500", chatId: ConfiguredAdmin, language: "en");

        Assert.StartsWith("2 perintah admin terakhir", two.Text, StringComparison.Ordinal);
        var jeda = two.Text.IndexOf("/jedasumber 7 → Tidak ada sumber nomor 7", StringComparison.Ordinal);
        var sumber = two.Text.IndexOf("/sumber → Belum ada sumber", StringComparison.Ordinal);
        Assert.True(jeda > 0 && sumber > jeda, two.Text);
        Assert.Contains("29-11 08:05 UTC Telegram:9001", two.Text, StringComparison.Ordinal);
        Assert.Equal("Jumlah harus angka 1–30, contoh: /audit 20", bad.Text);
        Assert.Equal("The count must be a number from 1 to 30, e.g. /audit 20", tooMany.Text);
    }

    private static HashSet<string> ListedCommands(string helpSection) =>
        helpSection.Split('\n').Where(line => line.StartsWith('/')).Select(line => line[1..].Split(' ')[0]).ToHashSet();

    public void Dispose() => bed.Dispose();
}
