namespace NewsBot.Delivery.WhatsApp;

/// <summary>An approved message template: its name, its languages and what fills its body's {{1}}, {{2}} ...</summary>
public sealed class WhatsAppTemplateOptions
{
    /// <summary>What a body parameter may be filled with.</summary>
    public static readonly IReadOnlyList<string> KnownParameters = ["title", "summary", "url", "tags"];

    /// <summary>The template's name as created in WhatsApp Manager, e.g. berita_terbaru. Empty: not configured.</summary>
    public string? Name { get; set; }

    /// <summary>The template's language code for subscribers reading Indonesian.</summary>
    public string Language { get; set; } = "id";

    /// <summary>The language code for subscribers reading English; the template needs an English translation.</summary>
    public string EnglishLanguage { get; set; } = "en";

    /// <summary>
    /// The body parameters in order: {{1}} is the first. Each one of <see cref="KnownParameters"/>. Empty by default
    /// because configuration appends to a default list instead of replacing it; see <see cref="ParametersOr"/>.
    /// </summary>
    public string[] Parameters { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Name);

    public IReadOnlyList<string> ParametersOr(IReadOnlyList<string> fallback) => Parameters.Length > 0 ? Parameters : fallback;

    public string LanguageFor(string subscriberLanguage) => subscriberLanguage == "en" ? EnglishLanguage : Language;
}
