using NewsBot.Extraction.Tagging;
using NewsBot.Text;

namespace NewsBot.Tests.Tagging;

public sealed class IndonesianWordStemmerTests
{
    [Theory]
    [InlineData("banjir", "banjir")]
    [InlineData("kebanjiran", "banjir")]
    [InlineData("banjirnya", "banjir")]
    [InlineData("Kebanjiran", "banjir")]
    [InlineData("perekonomian", "ekonomi")]
    [InlineData("kesehatannya", "sehat")]
    [InlineData("longsor", "longsor")]
    public void Reduces_inflected_forms_to_the_stem(string word, string stem) =>
        Assert.Equal(stem, IndonesianWordStemmer.Stem(word));

    [Theory]
    [InlineData("rt", "rt")]
    [InlineData("2024", "2024")]
    [InlineData("covid19", "covid19")]
    public void Leaves_short_words_and_codes_alone(string word, string expected) =>
        Assert.Equal(expected, IndonesianWordStemmer.Stem(word));
}
