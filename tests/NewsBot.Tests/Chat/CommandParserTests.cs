using NewsBot.Chat;

namespace NewsBot.Tests.Chat;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("/langganan ekonomi", CommandName.Subscribe)]
    [InlineData("/subscribe ekonomi", CommandName.Subscribe)]
    [InlineData("/langganan@DemakNewsBot ekonomi", CommandName.Subscribe)]
    [InlineData("LANGGANAN ekonomi", CommandName.Subscribe)]
    [InlineData("/berhenti", CommandName.Unsubscribe)]
    [InlineData("STOP", CommandName.Unsubscribe)]
    [InlineData("/topik", CommandName.Topics)]
    [InlineData("/tags", CommandName.Topics)]
    [InlineData("/langgananku", CommandName.MySubscriptions)]
    [InlineData("/mytags", CommandName.MySubscriptions)]
    [InlineData("/terbaru banjir", CommandName.Latest)]
    [InlineData("/bantuan", CommandName.Help)]
    [InlineData("/help", CommandName.Help)]
    [InlineData("/start ekonomi", CommandName.Start)]
    [InlineData("/bahasa en", CommandName.Language)]
    [InlineData("/beli pulsa", CommandName.Unknown)]
    [InlineData("halo", CommandName.Unknown)]
    public void Reads_the_command_in_either_language(string text, CommandName expected) =>
        Assert.Equal(expected, CommandParser.Parse(text)!.Value.Name);

    [Fact]
    public void Arguments_may_be_separated_by_spaces_or_commas()
    {
        var parsed = CommandParser.Parse("/langganan ekonomi, kesehatan  banjir")!.Value;
        Assert.Equal(["ekonomi", "kesehatan", "banjir"], parsed.Arguments);
        Assert.Equal("/langganan", parsed.Typed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_text_is_not_a_command(string? text) => Assert.Null(CommandParser.Parse(text));
}
