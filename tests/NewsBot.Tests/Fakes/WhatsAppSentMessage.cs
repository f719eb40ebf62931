namespace NewsBot.Tests.Fakes;

/// <summary>
/// A message the fake Graph API accepted: text, a template with its name, language and body parameters, or an
/// interactive list or reply buttons with its body as <see cref="Text"/> and its row or button ids as <see cref="Parameters"/>.
/// </summary>
public sealed record WhatsAppSentMessage(
    string Id,
    string To,
    string Type,
    string? Text,
    string? TemplateName,
    string? TemplateLanguage,
    IReadOnlyList<string> Parameters);
