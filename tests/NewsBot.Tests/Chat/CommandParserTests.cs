using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Citizens;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Chat;

public sealed class CommandParserTests : IDisposable
{
    private readonly CommandTestBed bed = new();

    [Theory]
    [InlineData("/langganan ekonomi", typeof(SubscribeCommand))]
    [InlineData("/subscribe ekonomi", typeof(SubscribeCommand))]
    [InlineData("/langganan@DemakNewsBot ekonomi", typeof(SubscribeCommand))]
    [InlineData("LANGGANAN ekonomi", typeof(SubscribeCommand))]
    [InlineData("/berhenti", typeof(UnsubscribeCommand))]
    [InlineData("STOP", typeof(UnsubscribeCommand))]
    [InlineData("/topik", typeof(TopicsCommand))]
    [InlineData("/tags", typeof(TopicsCommand))]
    [InlineData("/langgananku", typeof(MyTagsCommand))]
    [InlineData("/mytags", typeof(MyTagsCommand))]
    [InlineData("/terbaru banjir", typeof(LatestCommand))]
    [InlineData("/bantuan", typeof(HelpCommand))]
    [InlineData("/help", typeof(HelpCommand))]
    [InlineData("/start ekonomi", typeof(StartCommand))]
    [InlineData("/bahasa en", typeof(LanguageCommand))]
    [InlineData("/lang en", typeof(LanguageCommand))]
    public void Reads_the_command_in_either_language(string text, Type expected)
    {
        var word = CommandParser.Parse(text)!.Value.Word;
        Assert.IsType(expected, bed.Services.GetRequiredService<CommandCatalog>().Find(word));
    }

    [Theory]
    [InlineData("/beli pulsa")]
    [InlineData("halo")]
    public void Words_that_are_no_command_are_not_found(string text) =>
        Assert.Null(bed.Services.GetRequiredService<CommandCatalog>().Find(CommandParser.Parse(text)!.Value.Word));

    [Fact]
    public void Arguments_may_be_separated_by_spaces_or_commas()
    {
        var parsed = CommandParser.Parse("/langganan ekonomi, kesehatan  banjir")!.Value;
        Assert.Equal(["ekonomi", "kesehatan", "banjir"], parsed.Arguments);
        Assert.Equal("/langganan", parsed.Typed);
        Assert.Equal("langganan", parsed.Word);
    }

    [Fact]
    public void The_raw_arguments_keep_line_breaks_and_punctuation()
    {
        var parsed = CommandParser.Parse("/siaran semua Air naik, warga\nharap mengungsi.")!.Value;
        Assert.Equal("semua Air naik, warga\nharap mengungsi.", parsed.RawArguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_text_is_not_a_command(string? text) => Assert.Null(CommandParser.Parse(text));

    [Fact]
    public void Every_command_name_belongs_to_one_command_only() =>
        Assert.NotEmpty(bed.Services.GetRequiredService<CommandCatalog>().All);

    public void Dispose() => bed.Dispose();
}
