using NewsBot.Fetching;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>What /pratinjau made of a URL: the article as the pipeline would store it, or why there is none.</summary>
public abstract record PreviewArticle
{
    private PreviewArticle() { }

    /// <param name="FromFeed">True when the URL was a feed and its newest item was read.</param>
    public sealed record Read(string Title, string Url, string Text, string Summary, IReadOnlyList<string> Tags, bool FromFeed) : PreviewArticle;

    /// <summary>The page could not be fetched at all: unreachable, refused, too big.</summary>
    public sealed record Failed(FetchProblem Problem) : PreviewArticle;

    /// <summary>Fetched, but no article: a feed without items (<paramref name="TextChars"/> null) or a page with too little text.</summary>
    public sealed record NotAnArticle(int? TextChars) : PreviewArticle;
}
