using System.ComponentModel.DataAnnotations;
using NewsBot.Configuration;

namespace NewsBot.Sources;

/// <summary>
/// The bundled sample newsroom: with no Telegram token NewsBot polls it and prints to the console, so the pipeline can
/// be seen working on a fresh machine.
/// </summary>
public sealed class SampleOptions
{
    public const string SectionName = "Sample";

    /// <summary>Runs the sample only while no chat platform is connected (no Telegram token, no WhatsApp access token).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the app serves the sample feed; must match the app's own address (setting Urls).</summary>
    [Required(ErrorMessage = "must be the address the app serves its sample feed at, e.g. http://127.0.0.1:5080/sample/feed.xml.")]
    [HttpUrl("http://127.0.0.1:5080/sample/feed.xml")]
    public string FeedUrl { get; set; } = "http://127.0.0.1:5080/sample/feed.xml";

    /// <summary>The sample newsroom "publishes" its next article this often.</summary>
    [Range(1, 86_400, ErrorMessage = "must be between 1 and 86400.")]
    public int PublishEverySeconds { get; set; } = 20;

    /// <summary>How often the sample source is polled (short, so the demo moves).</summary>
    [Range(1, 86_400, ErrorMessage = "must be between 1 and 86400.")]
    public int PollIntervalSeconds { get; set; } = 30;

    /// <summary>Sample:Enabled, read while services are registered; a value that is not true or false is reported on start.</summary>
    public static bool IsEnabledIn(IConfiguration configuration) =>
        !bool.TryParse(configuration[$"{SectionName}:{nameof(Enabled)}"], out var enabled) || enabled;
}
