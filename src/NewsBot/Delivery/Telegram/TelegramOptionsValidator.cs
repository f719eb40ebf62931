using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Delivery.Telegram;

/// <summary>Checks the Telegram settings on start, naming the setting and never echoing the token.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
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

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^@?[A-Za-z][A-Za-z0-9_]{4,31}$")]
    private static partial Regex Username();
}
