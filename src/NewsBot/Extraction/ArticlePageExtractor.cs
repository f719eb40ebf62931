namespace NewsBot.Extraction;

public sealed class ArticlePageExtractor
{
    public ArticlePage Extract(string html, Uri pageUrl) =>
        throw new NotImplementedException("placeholder until the extraction work lands");
}
