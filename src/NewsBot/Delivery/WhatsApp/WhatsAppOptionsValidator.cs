using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>Checks the WhatsApp settings on start, naming the setting and never echoing a secret.</summary>
public sealed partial class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    private static readonly Setting Section = new(WhatsAppOptions.SectionName);

    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        if (!options.IsConfigured) return ValidateOptionsResult.Success;

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.PhoneNumberId) || !Digits().IsMatch(options.PhoneNumberId))
        {
            errors.Add(Section[nameof(options.PhoneNumberId)].Problem(options.PhoneNumberId,
                "must be the numeric id of the business phone number (App Dashboard → WhatsApp → API Setup), not the phone number."));
        }

        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            errors.Add(Section[nameof(options.AppSecret)].Problem(null,
                "needed with WhatsApp:AccessToken: webhooks are verified with it (App Dashboard → App settings → Basic)."));
        }

        if (string.IsNullOrWhiteSpace(options.VerifyToken))
        {
            errors.Add(Section[nameof(options.VerifyToken)].Problem(null,
                "needed with WhatsApp:AccessToken: choose a random string and enter the same in the webhook settings."));
        }

        if (!ApiVersionShape().IsMatch(options.ApiVersion ?? ""))
        {
            errors.Add(Section[nameof(options.ApiVersion)].Problem(options.ApiVersion, "must look like v23.0."));
        }

        if (!HttpUrlAttribute.IsHttpUrl(options.ApiBaseUrl))
        {
            errors.Add(Section[nameof(options.ApiBaseUrl)].Problem(options.ApiBaseUrl, "must be an http:// or https:// address, e.g. https://graph.facebook.com/."));
        }

        ValidateTemplate(Section[nameof(options.NewsTemplate)], options.NewsTemplate, errors);
        ValidateTemplate(Section[nameof(options.ReengagementTemplate)], options.ReengagementTemplate, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateTemplate(Setting setting, WhatsAppTemplateOptions template, List<string> errors)
    {
        if (!template.IsConfigured) return;
        if (!TemplateName().IsMatch(template.Name!))
        {
            errors.Add(setting[nameof(template.Name)].Problem(template.Name, "must be a template name of lowercase letters, digits and underscores, e.g. berita_terbaru."));
        }

        for (var i = 0; i < template.Parameters.Length; i++)
        {
            if (!WhatsAppTemplateOptions.KnownParameters.Contains(template.Parameters[i]))
            {
                errors.Add(setting[nameof(template.Parameters)][i].Problem(template.Parameters[i],
                    $"must be one of {string.Join(", ", WhatsAppTemplateOptions.KnownParameters)}."));
            }
        }
    }

    [GeneratedRegex(@"^\d{5,30}$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^v\d{1,3}\.\d{1,2}$")]
    private static partial Regex ApiVersionShape();

    [GeneratedRegex(@"^[a-z0-9_]{1,512}$")]
    private static partial Regex TemplateName();
}
