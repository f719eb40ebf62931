using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Extraction.Tagging;

public static class TaggingServiceCollectionExtensions
{
    /// <summary>The tagger is built once from configuration: aliases and stemmed keyword rules do not change at runtime.</summary>
    public static IServiceCollection AddTagging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TaggingOptions>().BindSettings(configuration, TaggingOptions.SectionName);
        services.AddSingleton<IValidateOptions<TaggingOptions>, TaggingOptionsValidator>();
        services.AddSingleton<ArticleTagger>();
        return services;
    }
}
