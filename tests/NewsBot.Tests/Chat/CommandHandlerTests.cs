using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat;

public sealed class CommandHandlerTests : IDisposable
{
    private readonly CommandTestBed bed = new();
    private readonly TestDatabase database;

    public CommandHandlerTests() => database = bed.Database;

    private Task<ChatReply> Send(string text, string chatId = "100", string? language = "id") => bed.SendAsync(text, chatId, language);

    private List<string> TagsOf(string chatId) => bed.TagsOf(chatId);

    [Fact]
    public async Task Subscribe_stores_normalised_tags_and_confirms_in_Indonesian()
    {
        var reply = await Send("/langganan #Ekonomi Kesehatan");

        Assert.Contains("Anda berlangganan: ekonomi, kesehatan", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["ekonomi", "kesehatan"], TagsOf("100"));
    }

    [Fact]
    public async Task English_users_get_English_answers()
    {
        var reply = await Send("/subscribe ekonomi", language: "en-GB");
        Assert.Contains("You are subscribed to: ekonomi", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_with_a_deep_link_payload_subscribes_to_that_tag()
    {
        var reply = await Send("/start banjir");

        Assert.StartsWith("Selamat datang", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["banjir"], TagsOf("100"));
    }

    [Fact]
    public async Task Unsubscribe_without_a_tag_leaves_everything()
    {
        await Send("/langganan ekonomi kesehatan");
        var reply = await Send("/berhenti");

        Assert.Contains("semua topik", reply.Text, StringComparison.Ordinal);
        Assert.Empty(TagsOf("100"));
    }

    [Fact]
    public async Task Unsubscribe_one_tag_keeps_the_others()
    {
        await Send("/langganan ekonomi kesehatan");
        await Send("/unsubscribe ekonomi");
        Assert.Equal(["kesehatan"], TagsOf("100"));
    }

    [Fact]
    public async Task Subscribe_without_a_tag_explains_how()
    {
        var reply = await Send("/langganan");
        Assert.Contains("/langganan ekonomi", reply.Text, StringComparison.Ordinal);
        using var db = database.Open();
        Assert.Empty(db.Subscribers);
    }

    [Fact]
    public async Task Tags_made_only_of_punctuation_are_refused_with_the_reason()
    {
        var reply = await Send("/langganan ### !!!");
        Assert.Contains("tidak dapat dipakai", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_commands_get_a_pointer_to_help()
    {
        var reply = await Send("/beli pulsa");
        Assert.Contains("/beli", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/bantuan", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topics_and_latest_list_what_is_stored()
    {
        using (var db = database.Open())
        {
            var source = Seed.Source(db);
            Seed.Article(db, source, "Pasar dibuka", "ekonomi");
            Seed.Article(db, source, "Harga beras", "ekonomi");
            Seed.Article(db, source, "Posyandu", "kesehatan");
        }

        var topics = await Send("/topik");
        Assert.Contains("• ekonomi (2)", topics.Text, StringComparison.Ordinal);
        Assert.Contains("• kesehatan (1)", topics.Text, StringComparison.Ordinal);

        var latest = await Send("/terbaru kesehatan");
        Assert.Contains("Posyandu", latest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pasar", latest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_tags_and_language_switch()
    {
        await Send("/langganan ekonomi");
        Assert.Contains("Langganan Anda: ekonomi", (await Send("/langgananku")).Text, StringComparison.Ordinal);

        Assert.Equal("Language set to English.", (await Send("/bahasa en")).Text);
        Assert.Contains("Your subscriptions: ekonomi", (await Send("/mytags")).Text, StringComparison.Ordinal);
        Assert.Contains("/language", (await Send("/language xx")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returning_chat_that_had_blocked_the_bot_is_reactivated_when_it_subscribes()
    {
        using (var db = database.Open()) Seed.Subscriber(db, "100", state: SubscriberState.Inactive, tags: ["ekonomi"]);

        await Send("/langganan kesehatan");

        using var check = database.Open();
        Assert.Equal(SubscriberState.Active, check.Subscribers.Single().State);
    }

    [Fact]
    public async Task Help_lists_every_citizen_command_in_the_chat_language_with_the_other_names()
    {
        var catalog = bed.Services.GetRequiredService<CommandCatalog>();
        var citizens = catalog.AvailableTo(CommandAudience.Everyone);

        var indonesian = (await Send("/bantuan")).Text;
        var english = (await Send("/help", chatId: "200", language: "en")).Text;

        foreach (var command in citizens)
        {
            Assert.Contains("/" + command.Indonesian + " ", indonesian.Replace("\n", " ", StringComparison.Ordinal) + " ", StringComparison.Ordinal);
            Assert.Contains("/" + command.English, english, StringComparison.Ordinal);
        }

        Assert.StartsWith("Perintah NewsBot:", indonesian, StringComparison.Ordinal);
        Assert.StartsWith("NewsBot commands:", english, StringComparison.Ordinal);
        Assert.DoesNotContain("admin", indonesian, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => bed.Dispose();
}
