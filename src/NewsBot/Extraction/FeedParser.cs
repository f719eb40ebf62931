namespace NewsBot.Extraction;

public sealed class FeedParser
{
    public ParsedFeed Parse(byte[] content, string? contentType, Uri feedUrl) =>
        throw new NotImplementedException("placeholder until the extraction work lands");
}
