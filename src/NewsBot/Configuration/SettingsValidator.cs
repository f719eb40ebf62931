using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace NewsBot.Configuration;

/// <summary>
/// The data annotations of an options class and of everything nested in it (the framework's own validator stops at
/// the top level, so a rate limit under Delivery:Telegram or a source's URL went unchecked), each failure reported as
/// the setting's path, the value configured and the rule the annotation states.
/// </summary>
public sealed class SettingsValidator<TOptions>(string sectionPath, IConfiguration configuration) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = new List<string>();
        Collect(options, new Setting(sectionPath), problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private void Collect(object target, Setting at, List<string> problems)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        foreach (var result in results)
        {
            // A member is a property, or a path below one ("Owners:2") when a class checks its own list items.
            var member = result.MemberNames.FirstOrDefault();
            var property = member is null ? null : target.GetType().GetProperty(member);
            var setting = member is null ? at : Locate(at, member);
            var value = configuration[setting.Path] ?? Text(property?.GetValue(target));
            problems.Add(setting.Problem(value, result.ErrorMessage ?? "is not valid.", property?.IsDefined(typeof(SecretAttribute)) == true));
        }

        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Only what the binder fills; a computed property (WhatsAppOptions.MessagesUrl) may throw on a bad value.
            if (property.GetIndexParameters().Length > 0 || ValueRule.IsSimple(property.PropertyType)) continue;
            switch (property.GetValue(target))
            {
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        if (entry.Value is { } item && IsOurs(item.GetType())) Collect(item, at[property.Name][Text(entry.Key)!], problems);
                    }

                    break;
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsOurs(item.GetType())) Collect(item, Locate(at, $"{property.Name}:{index}"), problems);
                        index++;
                    }

                    break;
                case { } nested when IsOurs(nested.GetType()):
                    Collect(nested, at[property.Name], problems);
                    break;
            }
        }
    }

    /// <summary>
    /// The configured path of a member. The binder fills a list in the order of the configured keys, which need not
    /// be 0, 1, 2: with only Sources__Feeds__1__* set, the list's first source is Sources:Feeds:1, and named so.
    /// </summary>
    private Setting Locate(Setting at, string member)
    {
        var setting = at;
        foreach (var segment in member.Split(':'))
        {
            var keys = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? configuration.GetSection(setting.Path).GetChildren().Select(c => c.Key).ToList()
                : [];
            setting = setting[index < keys.Count ? keys[index] : segment];
        }

        return setting;
    }

    /// <summary>Settings classes of this app, the only ones whose properties are settings in turn.</summary>
    private static bool IsOurs(Type type) => type.IsClass && type != typeof(string) && type.Assembly == typeof(TOptions).Assembly;

    private static string? Text(object? value) => value switch
    {
        null or "" => null,
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items and not string => string.Join(", ", items.Cast<object?>()),
        _ => value.ToString(),
    };
}
