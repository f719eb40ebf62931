using System.ComponentModel.DataAnnotations;
using NewsBot.Configuration;

namespace NewsBot.Delivery.WhatsApp;

public sealed class WhatsAppOptions
{
    public const string SectionName = "WhatsApp";

    /// <summary>A system-user access token of the Meta app. Empty: NewsBot runs without WhatsApp.</summary>
    [Secret]
    public string? AccessToken { get; set; }

    /// <summary>The id of the business phone number (not the number itself), from WhatsApp Manager or the App Dashboard.</summary>
    public string? PhoneNumberId { get; set; }

    /// <summary>The Meta app's secret: webhooks are signed with it (X-Hub-Signature-256).</summary>
    [Secret]
    public string? AppSecret { get; set; }

    /// <summary>
    /// The business phone number as citizens dial it, in international form (6281234567890), for wa.me links on posters.
    /// The Cloud API addresses the number by <see cref="PhoneNumberId"/>, so this is only needed for links.
    /// </summary>
    public string? DisplayPhoneNumber { get; set; }

    /// <summary>Any string of ours; Meta echoes it in the webhook handshake to prove the callback is ours to register.</summary>
    [Secret]
    public string? VerifyToken { get; set; }

    public string ApiVersion { get; set; } = "v23.0";

    /// <summary>Meta's Graph API; a proxy or a test server otherwise.</summary>
    public string ApiBaseUrl { get; set; } = "https://graph.facebook.com/";

    /// <summary>
    /// The approved template that carries news outside the 24-hour window, by default with {{1}} the title and {{2}} the
    /// link. Empty name: news is held instead.
    /// </summary>
    public WhatsAppTemplateOptions NewsTemplate { get; set; } = new();

    /// <summary>
    /// Sent once to a user whose window closed when no news template is configured, inviting them to write back; the
    /// news held for them goes out as soon as they do.
    /// </summary>
    public WhatsAppTemplateOptions ReengagementTemplate { get; set; } = new();

    /// <summary>How long the channel stops when Meta reports our own account restricted or locked (368, 131031).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "must be between 00:00:00.001 and 7.00:00:00.")]
    public TimeSpan AccountRestrictedPause { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the whole channel waits after 130429 (throughput of the number exceeded).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "must be between 00:00:00.001 and 01:00:00.")]
    public TimeSpan ThroughputPause { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long news waits for a user whose window is closed before it is looked at again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan HoldOutsideWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How long a webhook body may take to arrive in full. Meta sends a few kilobytes at once; a body that trickles in
    /// would otherwise hold a connection and its buffer for as long as the sender likes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "must be between 00:00:00.100 and 00:05:00.")]
    public TimeSpan WebhookReadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>"Undeliverable" (131026) in a row before a subscriber is deactivated: one can be a passing phone problem.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100.")]
    public int UndeliverableBeforeDeactivation { get; set; } = 3;

    public static readonly IReadOnlyList<string> DefaultNewsParameters = ["title", "url"];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AccessToken);

    /// <summary>
    /// Whether an access token is set, read while services are registered. The section is not bound for it: a bad
    /// value elsewhere in it would throw there, before the start-up check can name it.
    /// </summary>
    public static bool IsConfiguredIn(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:{nameof(AccessToken)}"]);

    public Uri MessagesUrl => new(new Uri(ApiBaseUrl.TrimEnd('/') + "/"), $"{ApiVersion}/{PhoneNumberId}/messages");
}
