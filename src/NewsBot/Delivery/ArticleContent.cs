namespace NewsBot.Delivery;

/// <summary>What every delivery of one article shares; loaded once per article, not once per subscriber.</summary>
public sealed record ArticleContent(
    long ArticleId, string Title, string Summary, string Url, IReadOnlyList<string> Tags, NewsKind Kind = NewsKind.Article)
{
    /// <summary>A broadcast an admin stopped (/hentikansiaran) before this was loaded: its rows are not sent.</summary>
    public bool Withdrawn { get; init; }
}
