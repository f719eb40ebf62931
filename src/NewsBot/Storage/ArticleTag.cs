namespace NewsBot.Storage;

public sealed class ArticleTag
{
    public long ArticleId { get; set; }
    public required string Tag { get; set; }
}
