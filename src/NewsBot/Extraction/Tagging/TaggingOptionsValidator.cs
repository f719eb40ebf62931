using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Extraction.Tagging;

/// <summary>Checks the Tagging section on start, naming the exact setting that cannot be used.</summary>
public sealed class TaggingOptionsValidator : IValidateOptions<TaggingOptions>
{
    private static readonly Setting Aliases = new($"{TaggingOptions.SectionName}:{nameof(TaggingOptions.Aliases)}");
    private static readonly Setting KeywordRules = new($"{TaggingOptions.SectionName}:{nameof(TaggingOptions.KeywordRules)}");

    public ValidateOptionsResult Validate(string? name, TaggingOptions options)
    {
        var errors = new List<string>();
        foreach (var (alias, tag) in options.Aliases)
        {
            if (TagSlug.Normalize(alias) is null) errors.Add(Aliases[alias].Problem(tag, "is an alias with no letters or digits to match on; rename it."));
            else if (TagSlug.Normalize(tag) is null) errors.Add(Aliases[alias].Problem(tag, "must name a tag (letters or digits), e.g. ekonomi."));
        }

        foreach (var (tag, keywords) in options.KeywordRules)
        {
            if (TagSlug.Normalize(tag) is null)
                errors.Add(KeywordRules[tag].Problem(string.Join(", ", keywords ?? []), "is a rule for a tag with no letters or digits; rename it."));
            if (keywords is null || keywords.Count == 0)
            {
                errors.Add(KeywordRules[tag].Problem(null, "must list at least one keyword."));
                continue;
            }

            for (var i = 0; i < keywords.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(keywords[i]) || !keywords[i].Any(char.IsLetterOrDigit))
                    errors.Add(KeywordRules[tag][i].Problem(keywords[i], "must be a word or phrase with letters or digits."));
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
