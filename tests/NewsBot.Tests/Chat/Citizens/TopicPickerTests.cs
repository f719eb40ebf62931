using System.Text;
using NewsBot.Chat;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat.Citizens;

/// <summary>What /topik shows and does; how Telegram and WhatsApp draw it is tested through the fake servers.</summary>
public sealed class TopicPickerTests : IDisposable
{
    private readonly CommandTestBed bed = new();

    private void Articles(params (string Tag, int Count)[] topics)
    {
        using var db = bed.Open();
        var source = Seed.Source(db);
        foreach (var (tag, count) in topics)
        {
            for (var i = 0; i < count; i++) Seed.Article(db, source, $"{tag} {i}", tag);
        }
    }

    private static List<ChatButton> Buttons(ChatReply reply) => reply.Buttons.SelectMany(row => row).ToList();

    private static ChatButton Button(ChatReply reply, string label) => Buttons(reply).Single(b => b.Label == label);

    [Fact]
    public async Task The_picker_lists_topics_with_counts_and_a_button_that_adds_each()
    {
        Articles(("ekonomi", 2), ("kesehatan", 1));

        var reply = await bed.SendAsync("/topik");

        Assert.Contains("• ekonomi (2)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• kesehatan (1)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Halaman 1/1", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["ekonomi", "kesehatan"], Buttons(reply).Select(b => b.Label));
        Assert.Equal("/topik +ekonomi 1", Button(reply, "ekonomi").Command);
        Assert.False(reply.ReplacesPressedMessage);
    }

    [Fact]
    public async Task Pressing_a_topic_subscribes_marks_it_and_redraws_in_place_and_pressing_again_leaves_it()
    {
        Articles(("ekonomi", 2), ("kesehatan", 1));

        var added = await bed.SendAsync("/topik +ekonomi 1", fromButton: true);

        Assert.Equal(["ekonomi"], bed.TagsOf("100"));
        Assert.True(added.ReplacesPressedMessage);
        Assert.StartsWith("✅ Anda berlangganan: ekonomi", added.Text, StringComparison.Ordinal);
        Assert.Contains("✅ ekonomi (2)", added.Text, StringComparison.Ordinal);
        Assert.Equal("/topik -ekonomi 1", Button(added, "✅ ekonomi").Command);

        var removed = await bed.SendAsync(Button(added, "✅ ekonomi").Command, fromButton: true);

        Assert.Empty(bed.TagsOf("100"));
        Assert.StartsWith("Anda berhenti dari: ekonomi", removed.Text, StringComparison.Ordinal);
        Assert.Equal("/topik +ekonomi 1", Button(removed, "ekonomi").Command);
    }

    [Fact]
    public async Task A_press_on_an_old_copy_of_the_picker_does_what_its_button_said_instead_of_flipping_back()
    {
        Articles(("ekonomi", 1));

        await bed.SendAsync("/topik +ekonomi 1", fromButton: true);
        var again = await bed.SendAsync("/topik +ekonomi 1", fromButton: true);

        Assert.Equal(["ekonomi"], bed.TagsOf("100"));
        Assert.Contains("✅ ekonomi (1)", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_topics_come_in_pages_of_eight_with_previous_and_next_buttons_within_ten_buttons()
    {
        Articles([.. Enumerable.Range(1, 20).Select(i => ($"topik{i:00}", 1))]);

        var first = await bed.SendAsync("/topik");
        var second = await bed.SendAsync(Button(first, "▶ Berikutnya").Command, fromButton: true);
        var last = await bed.SendAsync("/topik 3");

        Assert.Equal(9, Buttons(first).Count);
        Assert.Equal([2, 2, 2, 2, 1], first.Buttons.Select(row => row.Count));
        Assert.Equal("/topik 2", Button(first, "▶ Berikutnya").Command);
        Assert.Contains("Halaman 2/3", second.Text, StringComparison.Ordinal);
        Assert.True(second.ReplacesPressedMessage);
        Assert.Equal(["◀ Sebelumnya", "▶ Berikutnya"], second.Buttons[^1].Select(b => b.Label));
        Assert.Contains("topik09", Buttons(second).First().Label, StringComparison.Ordinal);
        Assert.Equal(5, Buttons(last).Count);
        Assert.Equal("/topik 2", Button(last, "◀ Sebelumnya").Command);
        Assert.All(new[] { first, second, last }, page => Assert.True(Buttons(page).Count <= 10));
    }

    [Fact]
    public async Task A_press_on_page_two_redraws_page_two()
    {
        Articles([.. Enumerable.Range(1, 10).Select(i => ($"topik{i:00}", 1))]);

        var reply = await bed.SendAsync("/topik +topik10 2", fromButton: true);

        Assert.Equal(["topik10"], bed.TagsOf("100"));
        Assert.Contains("Halaman 2/2", reply.Text, StringComparison.Ordinal);
        Assert.Contains("✅ topik10", Buttons(reply).Select(b => b.Label));
    }

    [Fact]
    public async Task A_64_character_tag_gets_a_button_within_Telegrams_64_bytes_that_still_finds_it()
    {
        var longTag = new string('k', 60) + "-abc";
        Articles((longTag, 1), ("ekonomi", 1));

        var picker = await bed.SendAsync("/topik");
        var button = Buttons(picker).Single(b => b.Label == longTag);
        var pressed = await bed.SendAsync(button.Command, fromButton: true);
        var marked = Buttons(pressed).Single(b => b.Label == "✅ " + longTag);

        Assert.Equal(64, longTag.Length);
        Assert.All(Buttons(picker).Concat(Buttons(pressed)), b => Assert.True(Encoding.UTF8.GetByteCount(b.Command) <= ChatButton.MaxCommandBytes, b.Command));
        Assert.StartsWith("/topik +#", button.Command, StringComparison.Ordinal);
        Assert.Equal([longTag], bed.TagsOf("100"));
        Assert.StartsWith("/topik -#", marked.Command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chats_own_topics_without_articles_are_listed_so_they_can_be_left()
    {
        Articles(("ekonomi", 1));
        await bed.SendAsync("/langganan banjir");

        var picker = await bed.SendAsync("/topik");

        Assert.Contains("✅ banjir (0)", picker.Text, StringComparison.Ordinal);
        await bed.SendAsync(Button(picker, "✅ banjir").Command, fromButton: true);
        Assert.Empty(bed.TagsOf("100"));
    }

    [Fact]
    public async Task Bad_arguments_get_a_hint_and_an_unknown_hashed_topic_says_it_is_gone()
    {
        Articles(("ekonomi", 1));

        var typedTopic = await bed.SendAsync("/topik ekonomi");
        var zero = await bed.SendAsync("/topik 0");
        var gone = await bed.SendAsync("/topik +#0123456789ab 1", fromButton: true);
        var beyond = await bed.SendAsync("/topik 99");

        Assert.Contains("/langganan <topik>", typedTopic.Text, StringComparison.Ordinal);
        Assert.Contains("/topik", zero.Text, StringComparison.Ordinal);
        Assert.StartsWith("Topik itu tidak ada lagi.", gone.Text, StringComparison.Ordinal);
        Assert.Contains("Halaman 1/1", beyond.Text, StringComparison.Ordinal);
        using var db = bed.Open();
        Assert.Empty(db.Subscribers);
    }

    [Fact]
    public async Task No_topics_yet_is_said_plainly_and_English_chats_get_English()
    {
        Assert.Equal(BotTexts.Indonesian.NoTopicsYet, (await bed.SendAsync("/topik")).Text);

        Articles(("ekonomi", 1));
        var english = await bed.SendAsync("/tags +ekonomi 1", language: "en", fromButton: true);

        Assert.StartsWith("✅ You are subscribed to: ekonomi", english.Text, StringComparison.Ordinal);
        Assert.Contains("Page 1/1", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_at_the_topic_limit_is_told_so_instead_of_silently_ignored()
    {
        using (var db = bed.Open())
        {
            Seed.Subscriber(db, "100", tags: [.. Enumerable.Range(1, 50).Select(i => $"t{i}")]);
        }

        Articles(("ekonomi", 1));

        var picked = await bed.SendAsync("/topik +ekonomi 1", fromButton: true);
        var typed = await bed.SendAsync("/langganan ekonomi");

        Assert.StartsWith("Batas 50 topik tercapai", picked.Text, StringComparison.Ordinal);
        Assert.StartsWith("Batas 50 topik tercapai", typed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ekonomi", bed.TagsOf("100"));
    }

    public void Dispose() => bed.Dispose();
}
