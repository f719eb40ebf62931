using Microsoft.Extensions.Options;

namespace NewsBot.Extraction.Tagging;

/// <summary>Checks the Tagging section on start, naming the exact setting that cannot be used.</summary>
public sealed class TaggingOptionsValidator : IValidateOptions<TaggingOptions>
{
    public ValidateOptionsResult Validate(string? name, TaggingOptions options)
    {
        var errors = new List<string>();
        foreach (var (alias, tag) in options.Aliases)
        {
            if (TagSlug.Normalize(alias) is null) errors.Add($"Tagging:Aliases:{alias} has no letters or digits to match on.");
            if (TagSlug.Normalize(tag) is null) errors.Add($"Tagging:Aliases:{alias} must name a tag, got '{tag}'.");
        }

        foreach (var (tag, keywords) in options.KeywordRules)
        {
            if (TagSlug.Normalize(tag) is null) errors.Add($"Tagging:KeywordRules:{tag} is not a usable tag name.");
            if (keywords is null || keywords.Count == 0)
                errors.Add($"Tagging:KeywordRules:{tag} needs at least one keyword.");
            else if (keywords.Any(k => string.IsNullOrWhiteSpace(k) || !k.Any(char.IsLetterOrDigit)))
                errors.Add($"Tagging:KeywordRules:{tag} has an empty keyword.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
