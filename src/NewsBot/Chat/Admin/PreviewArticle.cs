namespace NewsBot.Chat.Admin;

/// <summary>What /pratinjau made of a URL: the article as the pipeline would store it, or why there is none.</summary>
public abstract record PreviewArticle
{
    private PreviewArticle() { }

    /// <param name="FromFeed">True when the URL was a feed and its newest item was read.</param>
    public sealed record Read(string Title, string Url, string Text, string Summary, IReadOnlyList<string> Tags, bool FromFeed) : PreviewArticle;

    public sealed record Failed(PreviewProblem Problem, string Detail) : PreviewArticle;
}
