using NewsBot.Delivery;
using NewsBot.Text;

namespace NewsBot.Tests.Delivery;

public sealed class TextCutTests
{
    [Theory]
    [InlineData("Banjir", 6, "Banjir")]
    [InlineData("Banjir surut", 7, "Banjir…")]
    public void A_text_that_fits_is_kept_and_a_longer_one_ends_in_an_ellipsis(string text, int max, string expected) =>
        Assert.Equal(expected, TextCut.WithEllipsis(text, max));

    [Fact]
    public void An_emoji_at_the_cut_is_dropped_whole_rather_than_split()
    {
        var cut = TextCut.WithEllipsis("Awas 🌊 banjir", 7);

        Assert.Equal("Awas …", cut);
        Assert.DoesNotContain(cut, char.IsSurrogate);
    }
}
