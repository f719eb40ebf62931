namespace NewsBot.Sources;

/// <summary>One article of the bundled sample newsroom (Sources/Sample/articles.json).</summary>
public sealed record SampleArticle(string Slug, string Title, string[] Tags, string Description, string[] Paragraphs);
