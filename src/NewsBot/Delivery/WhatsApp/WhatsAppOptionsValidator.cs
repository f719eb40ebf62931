using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>Checks the WhatsApp settings on start, naming the setting and never echoing a secret.</summary>
public sealed partial class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        if (!options.IsConfigured) return ValidateOptionsResult.Success;

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.PhoneNumberId) || !Digits().IsMatch(options.PhoneNumberId))
        {
            errors.Add("WhatsApp:PhoneNumberId must be the numeric id of the business phone number (App Dashboard → WhatsApp → API Setup), not the phone number.");
        }

        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            errors.Add("WhatsApp:AppSecret is required with WhatsApp:AccessToken: webhooks are verified with it (App Dashboard → App settings → Basic).");
        }

        if (string.IsNullOrWhiteSpace(options.VerifyToken))
        {
            errors.Add("WhatsApp:VerifyToken is required with WhatsApp:AccessToken: choose a random string and enter the same in the webhook settings.");
        }

        if (!ApiVersionShape().IsMatch(options.ApiVersion ?? ""))
        {
            errors.Add($"WhatsApp:ApiVersion must look like v23.0, not '{options.ApiVersion}'.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            errors.Add($"WhatsApp:ApiBaseUrl must be an absolute http(s) URL such as https://graph.facebook.com/, not '{options.ApiBaseUrl}'.");
        }

        if (options.UndeliverableBeforeDeactivation < 1)
        {
            errors.Add("WhatsApp:UndeliverableBeforeDeactivation must be at least 1.");
        }

        if (options.WebhookReadTimeout < TimeSpan.FromMilliseconds(100) || options.WebhookReadTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"WhatsApp:WebhookReadTimeout must be between 00:00:00.1 and 00:05:00, not {options.WebhookReadTimeout}.");
        }

        ValidateTemplate("WhatsApp:NewsTemplate", options.NewsTemplate, errors);
        ValidateTemplate("WhatsApp:ReengagementTemplate", options.ReengagementTemplate, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateTemplate(string setting, WhatsAppTemplateOptions template, List<string> errors)
    {
        if (!template.IsConfigured) return;
        if (!TemplateName().IsMatch(template.Name!))
        {
            errors.Add($"{setting}:Name must be a template name of lowercase letters, digits and underscores, not '{template.Name}'.");
        }

        foreach (var parameter in template.Parameters.Where(p => !WhatsAppTemplateOptions.KnownParameters.Contains(p)))
        {
            errors.Add($"{setting}:Parameters: '{parameter}' is not one of {string.Join(", ", WhatsAppTemplateOptions.KnownParameters)}.");
        }
    }

    [GeneratedRegex(@"^\d{5,30}$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^v\d{1,3}\.\d{1,2}$")]
    private static partial Regex ApiVersionShape();

    [GeneratedRegex(@"^[a-z0-9_]{1,512}$")]
    private static partial Regex TemplateName();
}
