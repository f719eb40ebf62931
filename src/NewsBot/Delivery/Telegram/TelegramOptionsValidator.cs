using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Delivery.Telegram;

/// <summary>Checks the Telegram settings on start, naming the setting and never echoing the token.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    private const string ExampleUrl = "https://bot.example.go.id/webhooks/telegram";

    private const string SecretRule =
        "1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret_token), e.g. the output of: openssl rand -hex 32.";

    private static readonly Setting Section = new(TelegramOptions.SectionName);

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        if (options.IsConfigured && !TokenShape().IsMatch(options.BotToken!.Trim()))
        {
            errors.Add(Section[nameof(options.BotToken)].Problem(options.BotToken, "must look like a bot token (digits, a colon, then letters, e.g. 123456789:AAH...); copy it again from @BotFather.", secret: true));
        }

        if (!string.IsNullOrWhiteSpace(options.BotUsername) && !Username().IsMatch(options.BotUsername.Trim()))
        {
            errors.Add(Section[nameof(options.BotUsername)].Problem(options.BotUsername, "must be the bot's username, 5 to 32 letters, digits or underscores, e.g. DemakNewsBot."));
        }

        ValidateWebhook(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>
    /// Both webhook settings are required once updates come by webhook; a value given is checked in any mode, so a
    /// mistake shows on the first start rather than on the day long polling is turned off.
    /// </summary>
    private static void ValidateWebhook(TelegramOptions options, List<string> errors)
    {
        var url = Section[nameof(options.WebhookUrl)];
        if (string.IsNullOrWhiteSpace(options.WebhookUrl))
        {
            if (options.UsesWebhook)
            {
                errors.Add(url.Problem(null, $"needed with {Section[nameof(options.UseLongPolling)].Path}=false: the public https:// address Telegram posts updates to, e.g. {ExampleUrl}."));
            }
        }
        else if (!IsWebhookAddress(options.WebhookUrl))
        {
            errors.Add(url.Problem(options.WebhookUrl, $"must be an https:// address (Telegram posts only to HTTPS; http:// only to 127.0.0.1 or localhost, for tests), e.g. {ExampleUrl}."));
        }

        var secret = Section[nameof(options.WebhookSecret)];
        if (string.IsNullOrEmpty(options.WebhookSecret))
        {
            if (options.UsesWebhook)
            {
                errors.Add(secret.Problem(null, $"needed with {Section[nameof(options.UseLongPolling)].Path}=false: Telegram sends it with every update and a POST without it is refused; {SecretRule}"));
            }
        }
        else if (!SecretShape().IsMatch(options.WebhookSecret))
        {
            errors.Add(secret.Problem(options.WebhookSecret, "must be " + SecretRule, secret: true));
        }
    }

    /// <summary>
    /// https://, or http:// to this machine only: a test server, or a self-hosted Bot API server in --local mode, which
    /// lifts Telegram's HTTPS rule. Uri gives the host in lower case.
    /// </summary>
    private static bool IsWebhookAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && !string.IsNullOrEmpty(url.Host)
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.Host is "127.0.0.1" or "localhost"));

    // \z, not $: $ would let a trailing line break through, which Telegram refuses.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,256}\z")]
    private static partial Regex SecretShape();

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^@?[A-Za-z][A-Za-z0-9_]{4,31}$")]
    private static partial Regex Username();
}
