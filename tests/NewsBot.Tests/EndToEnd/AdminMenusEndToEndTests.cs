using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using static NewsBot.Tests.EndToEnd.AdminBot;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Over the Bot API fake: citizens get the citizen menu, each owner and admin gets the admin menu in their own chat
/// (setMyCommands with a chat scope, id and en), and an owner appointing or removing an admin updates that admin's menu.
/// </summary>
public sealed class AdminMenusEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeTelegramServer.StartAsync();

    private static List<string> Names(IReadOnlyList<(string Command, string Description)>? menu) => menu?.Select(c => c.Command).ToList() ?? [];

    [Fact]
    public async Task Admins_see_the_admin_menu_citizens_do_not_and_appointments_update_it()
    {
        await using var bot = await RunningBot.StartAsync(Settings(database, telegram));
        await WaitForAsync(() => telegram.ChatMenu(Admin, "en") is not null, "the admin menus");

        Assert.Contains("langganan", Names(telegram.MyCommands()));
        Assert.DoesNotContain("statistik", Names(telegram.MyCommands()));
        Assert.DoesNotContain("stats", Names(telegram.MyCommands("en")));
        foreach (var staff in new[] { Owner, Admin })
        {
            Assert.Superset(new HashSet<string> { "langganan", "statistik", "sumber", "tambahsumber", "ambil", "jeda", "lanjut", "audit", "admin" },
                Names(telegram.ChatMenu(staff)).ToHashSet());
            Assert.Superset(new HashSet<string> { "subscribe", "stats", "sources", "addsource", "pollnow", "pause", "resume", "audit", "admins" },
                Names(telegram.ChatMenu(staff, "en")).ToHashSet());
        }

        Assert.Null(telegram.ChatMenu(Citizen));

        telegram.EnqueueMessage(Citizen, "/statistik");
        await telegram.WaitForMessageAsync(m => m.ChatId == Citizen && m.Text == "Maaf, perintah /statistik tidak dikenal. Ketik /bantuan untuk daftar perintah.", Wait);

        const long newcomer = 5003;
        telegram.EnqueueMessage(Owner, "/admin tambah 5003");
        await telegram.WaitForMessageAsync(m => m.ChatId == Owner && m.Text.StartsWith("✅ 5003 sekarang admin Telegram.", StringComparison.Ordinal), Wait);
        Assert.Contains("statistik", Names(telegram.ChatMenu(newcomer)));
        Assert.Contains("stats", Names(telegram.ChatMenu(newcomer, "en")));

        telegram.EnqueueMessage(newcomer, "/sumber");
        await telegram.WaitForMessageAsync(m => m.ChatId == newcomer && m.Text.StartsWith("Belum ada sumber", StringComparison.Ordinal), Wait);

        telegram.EnqueueMessage(Admin, "/admin hapus 5003");
        await telegram.WaitForMessageAsync(m => m.ChatId == Admin && m.Text == "Hanya pemilik yang dapat menambah atau menghapus admin.", Wait);
        telegram.EnqueueMessage(Owner, "/admins remove 5003", languageCode: "en");
        await telegram.WaitForMessageAsync(m => m.ChatId == Owner && m.Text == "🗑 5003 is no longer an admin.", Wait);
        Assert.Null(telegram.ChatMenu(newcomer));
        Assert.Null(telegram.ChatMenu(newcomer, "en"));

        telegram.EnqueueMessage(newcomer, "/sumber");
        await telegram.WaitForMessageAsync(m => m.ChatId == newcomer && m.Text.Contains("/sumber tidak dikenal", StringComparison.Ordinal), Wait);

        telegram.EnqueueMessage(Owner, "/audit");
        var audit = await telegram.WaitForMessageAsync(m => m.ChatId == Owner && m.Text.StartsWith("6 perintah admin terakhir", StringComparison.Ordinal), Wait);
        Assert.Contains("Telegram:7001\n/statistik → refused: not allowed", audit.Text, StringComparison.Ordinal);
        Assert.Contains("Telegram:5001\n/admin tambah 5003 → ✅ 5003 sekarang admin Telegram.", audit.Text, StringComparison.Ordinal);
        Assert.Contains("Telegram:5002\n/admin hapus 5003 → Hanya pemilik", audit.Text, StringComparison.Ordinal);
        Assert.Contains("Telegram:5003\n/sumber → refused: not allowed", audit.Text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
