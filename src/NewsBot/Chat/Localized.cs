namespace NewsBot.Chat;

/// <summary>One text in Bahasa Indonesia and in English; commands keep their own texts next to their code.</summary>
public readonly record struct Localized(string Indonesian, string English)
{
    public string In(string language) => language == "en" ? English : Indonesian;
}
