namespace NewsBot.Delivery;

/// <summary>An article addressed to one chat, before a channel puts it into its own format.</summary>
/// <param name="ArticleId">Lets a channel format an article once per language for a whole broadcast; 0 when unknown.</param>
/// <param name="Kind">A news article, or an admin's broadcast or urgent notice (whose Summary is the admin's full text).</param>
public sealed record NewsMessage(
    string ChatId,
    string Title,
    string Summary,
    string Url,
    IReadOnlyList<string> Tags,
    string Language,
    long ArticleId = 0,
    NewsKind Kind = NewsKind.Article)
{
    /// <summary>Set for a daily digest: the articles it lists, newest first; channels then send the digest layout.</summary>
    public IReadOnlyList<Digests.DigestItem>? Digest { get; init; }
}
