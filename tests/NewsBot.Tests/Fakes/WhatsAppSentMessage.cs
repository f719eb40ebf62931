namespace NewsBot.Tests.Fakes;

/// <summary>A message the fake Graph API accepted: text, or a template with its name, language and body parameters.</summary>
public sealed record WhatsAppSentMessage(
    string Id,
    string To,
    string Type,
    string? Text,
    string? TemplateName,
    string? TemplateLanguage,
    IReadOnlyList<string> Parameters);
