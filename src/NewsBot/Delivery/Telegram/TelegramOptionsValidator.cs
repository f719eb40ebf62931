using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NewsBot.Delivery.Telegram;

/// <summary>Checks the Telegram settings on start, naming the setting and never echoing the token.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        if (options.IsConfigured && !TokenShape().IsMatch(options.BotToken!))
        {
            errors.Add("Telegram:BotToken does not look like a bot token (digits, a colon, then letters); copy it again from @BotFather.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            && (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            errors.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL such as http://localhost:8081, not '{options.ApiBaseUrl}'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();
}
