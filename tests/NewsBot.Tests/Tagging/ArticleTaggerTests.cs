using Microsoft.Extensions.Options;
using NewsBot.Extraction.Tagging;

namespace NewsBot.Tests.Tagging;

public sealed class ArticleTaggerTests
{
    private static ArticleTagger Tagger(Dictionary<string, string>? aliases = null, Dictionary<string, List<string>>? rules = null) =>
        new(Options.Create(new TaggingOptions { Aliases = aliases ?? [], KeywordRules = rules ?? [] }));

    [Fact]
    public void Source_tags_become_slugs_once_each() =>
        Assert.Equal(["ekonomi", "kesehatan-ibu", "demak"], Tagger().Tag(["#Ekonomi", "Kesehatan Ibu", "DEMAK", "ekonomi", " ", null], "", ""));

    [Fact]
    public void Aliases_are_replaced_by_the_tag_they_stand_for() =>
        Assert.Equal(["ekonomi", "demak"], Tagger(new() { ["Economy"] = "ekonomi", ["#Kab Demak"] = "Demak" }).Tag(["economy", "kab-demak", "Ekonomi"], "", ""));

    [Fact]
    public void A_keyword_rule_matches_inflected_forms_in_title_or_text()
    {
        var tagger = Tagger(rules: new() { ["banjir"] = ["banjir", "rob"], ["kesehatan"] = ["puskesmas"] });

        Assert.Equal(["demak", "banjir"], tagger.Tag(["demak"], "Warga Sayung kebanjiran", "Air setinggi lutut."));
        Assert.Equal(["banjir"], tagger.Tag([], "", "Banjirnya surut pada Senin pagi."));
        Assert.Empty(tagger.Tag([], "Harga cabai naik", "Pedagang mengeluh."));
    }

    [Fact]
    public void A_phrase_rule_needs_its_words_together_and_in_order()
    {
        var tagger = Tagger(rules: new() { ["pilkada"] = ["pemilihan bupati"] });

        Assert.Equal(["pilkada"], tagger.Tag([], "", "Tahapan pemilihan bupati dimulai."));
        Assert.Empty(tagger.Tag([], "", "Bupati hadir dalam pemilihan duta wisata."));
    }

    [Fact]
    public void Rule_tags_pass_through_aliases_too() =>
        Assert.Equal(["lingkungan"], Tagger(new() { ["environment"] = "lingkungan" }, new() { ["environment"] = ["sampah"] })
            .Tag([], "", "Sampahnya menumpuk di pasar."));

    [Fact]
    public void Settings_that_cannot_work_are_refused_naming_the_setting()
    {
        var result = new TaggingOptionsValidator().Validate(null, new TaggingOptions
        {
            Aliases = new() { ["economy"] = "!!" },
            KeywordRules = new() { ["banjir"] = [], ["rob"] = [" "] },
        });

        Assert.True(result.Failed);
        Assert.Contains("Tagging:Aliases:economy", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Tagging:KeywordRules:banjir", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Tagging:KeywordRules:rob", result.FailureMessage, StringComparison.Ordinal);
    }
}
