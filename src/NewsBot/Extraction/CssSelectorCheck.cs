using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Extraction;

/// <summary>
/// Checks a CSS selector from configuration once, on start, so a typo is reported with the setting's name instead of
/// failing every poll of the source.
/// </summary>
public static class CssSelectorCheck
{
    public static bool IsValid(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector)) return true;
        try
        {
            new HtmlParser().ParseDocument("<html><body></body></html>").QuerySelector(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
    }
}
