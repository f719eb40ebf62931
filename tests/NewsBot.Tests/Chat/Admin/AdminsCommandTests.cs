using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Admin;

/// <summary>/admin: owners appoint and remove admins at runtime; configuration stays authoritative for the admins it names.</summary>
public sealed class AdminsCommandTests : IDisposable
{
    private const string Owner = "9001";
    private const string ConfiguredAdmin = "9002";
    private const string WhatsAppOwner = "6281100000009";

    private readonly CommandTestBed bed = new(new Dictionary<string, string?>
    {
        ["Admins:Telegram:Owners:0"] = Owner,
        ["Admins:Telegram:Admins:0"] = ConfiguredAdmin,
        ["Admins:WhatsApp:Owners:0"] = WhatsAppOwner,
    });

    [Fact]
    public async Task An_owner_appoints_an_admin_who_may_then_use_admin_commands_until_removed()
    {
        var before = await bed.SendAsync("/statistik", chatId: "5555");
        var added = await bed.SendAsync("/admin tambah 5555", chatId: Owner);
        var during = await bed.SendAsync("/statistik", chatId: "5555");
        var listed = await bed.SendAsync("/admin", chatId: Owner);
        var removed = await bed.SendAsync("/admin hapus 5555", chatId: Owner);
        var after = await bed.SendAsync("/statistik", chatId: "5555");

        Assert.Contains("tidak dikenal", before.Text, StringComparison.Ordinal);
        Assert.StartsWith("✅ 5555 sekarang admin Telegram.", added.Text, StringComparison.Ordinal);
        Assert.Contains("Pelanggan aktif", during.Text, StringComparison.Ordinal);
        Assert.Contains("👑 9001 (pemilik, konfigurasi)", listed.Text, StringComparison.Ordinal);
        Assert.Contains("• 9002 (admin, konfigurasi)", listed.Text, StringComparison.Ordinal);
        Assert.Contains("• 5555 (admin, ditambahkan oleh 9001 29-11 08:00 UTC)", listed.Text, StringComparison.Ordinal);
        Assert.Contains("👑 6281100000009 (pemilik, konfigurasi)", listed.Text, StringComparison.Ordinal);
        Assert.Equal("🗑 5555 bukan admin lagi.", removed.Text);
        Assert.Contains("tidak dikenal", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_may_list_but_not_change_the_admins()
    {
        var list = await bed.SendAsync("/admins", chatId: ConfiguredAdmin, language: "en");
        var add = await bed.SendAsync("/admins add 5555", chatId: ConfiguredAdmin, language: "en");

        Assert.StartsWith("Owners and admins:", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/admins add", list.Text, StringComparison.Ordinal);
        Assert.Equal("Only an owner can add or remove admins.", add.Text);
        using var db = bed.Open();
        Assert.Empty(db.AdminAccounts);
    }

    [Theory]
    [InlineData("/admin tambah", "Sebutkan id-nya, contoh: /admin tambah 123456789")]
    [InlineData("/admin tambah @budi", "\"@budi\" bukan id pengguna Telegram")]
    [InlineData("/admin tambah -5", "\"-5\" bukan id pengguna Telegram")]
    [InlineData("/admin naikkan 5555", "Pemilik dapat mengubah admin: /admin tambah <id>")]
    [InlineData("/admin tambah 9002", "9002 sudah admin.")]
    [InlineData("/admin tambah 9001", "9001 sudah pemilik.")]
    [InlineData("/admin hapus 9002", "9002 diatur di konfigurasi (Admins:Telegram:Admins); ubah di sana, bukan lewat chat.")]
    [InlineData("/admin hapus 9001", "9001 diatur di konfigurasi (Admins:Telegram:Owners)")]
    [InlineData("/admin hapus 5555", "5555 bukan admin yang ditambahkan lewat chat.")]
    public async Task Bad_or_pointless_changes_get_a_helpful_answer(string command, string expected)
    {
        var reply = await bed.SendAsync(command, chatId: Owner);

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        using var db = bed.Open();
        Assert.Empty(db.AdminAccounts);
    }

    [Fact]
    public async Task A_WhatsApp_owner_appoints_a_WhatsApp_admin_by_phone_number()
    {
        var bad = await bed.SendAsync("ADMIN TAMBAH 0812-345", chatId: WhatsAppOwner, channel: ChannelKind.WhatsApp);
        var added = await bed.SendAsync("ADMIN TAMBAH +6281100000002", chatId: WhatsAppOwner, channel: ChannelKind.WhatsApp);
        var asAdmin = await bed.SendAsync("SUMBER", chatId: "6281100000002", channel: ChannelKind.WhatsApp);
        var sameIdOnTelegram = await bed.SendAsync("/sumber", chatId: "6281100000002");

        Assert.StartsWith("\"0812-345\" bukan nomor WhatsApp", bad.Text, StringComparison.Ordinal);
        Assert.Equal("✅ 6281100000002 sekarang admin WhatsApp.", added.Text);
        Assert.StartsWith("Belum ada sumber", asAdmin.Text, StringComparison.Ordinal);
        Assert.Contains("tidak dikenal", sameIdOnTelegram.Text, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
