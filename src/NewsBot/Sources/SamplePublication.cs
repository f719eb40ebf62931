namespace NewsBot.Sources;

/// <summary>
/// One appearance of a sample article in the sample newsroom's feed. The articles come round again and again, each time
/// under a new <paramref name="Slug"/> and <paramref name="Guid"/>, so NewsBot sees every appearance as a new article.
/// </summary>
/// <param name="Number">Counted from the newsroom's opening: 0 and 1 are the back catalogue, 2 the first news.</param>
public sealed record SamplePublication(SampleArticle Article, int Number, DateTimeOffset Published, string Slug, string Guid);
