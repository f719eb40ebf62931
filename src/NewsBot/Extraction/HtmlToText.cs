namespace NewsBot.Extraction;

public static class HtmlToText
{
    public static string Convert(string? html) =>
        throw new NotImplementedException("placeholder until the extraction work lands");
}
