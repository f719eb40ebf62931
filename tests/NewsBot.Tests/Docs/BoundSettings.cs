using System.Reflection;
using NewsBot.Configuration;

namespace NewsBot.Tests.Docs;

/// <summary>A setting the app reads; <see cref="ItemSettings"/> names the fields of each item when it is a list of objects.</summary>
public sealed record BoundSetting(string Path, IReadOnlyList<string> ItemSettings);

/// <summary>
/// Every setting the app binds, read from the options types themselves: each one declares the section it binds to as
/// <c>public const string SectionName</c>, and what the binder writes to is what a user can set. Taken from the code so
/// that a new setting cannot be forgotten in the documentation.
/// </summary>
public static class BoundSettings
{
    public static IReadOnlyList<BoundSetting> All() =>
    [
        .. typeof(SettingsBinding).Assembly.GetTypes()
            .Select(type => (Type: type, Section: SectionNameOf(type)))
            .Where(options => options.Section is not null)
            .SelectMany(options => Under(options.Section!, options.Type))
            .DistinctBy(setting => setting.Path)
            .OrderBy(setting => setting.Path, StringComparer.Ordinal),
    ];

    /// <summary>The options types the app binds, by section, so the test can say it found them.</summary>
    public static IReadOnlyList<string> Sections() =>
    [
        .. typeof(SettingsBinding).Assembly.GetTypes().Select(SectionNameOf).OfType<string>().Distinct().Order(StringComparer.Ordinal),
    ];

    private static string? SectionNameOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;

    private static IEnumerable<BoundSetting> Under(string path, Type type)
    {
        foreach (var property in BindableProperties(type))
        {
            var setting = $"{path}:{property.Name}";
            if (ValueRule.IsSimple(property.PropertyType))
            {
                yield return new BoundSetting(setting, []);
            }
            else if (ItemType(property.PropertyType) is { } itemType)
            {
                // A list of plain values is one setting; a list of objects (the sources) is documented by its row.
                yield return new BoundSetting(setting,
                    ValueRule.IsSimple(itemType) ? [] : [.. BindableProperties(itemType).Select(p => p.Name)]);
            }
            else
            {
                foreach (var nested in Under(setting, property.PropertyType)) yield return nested;
            }
        }
    }

    /// <summary>The same rule as the start-up check: settable properties, and get-only ones the binder fills in place.</summary>
    private static IEnumerable<PropertyInfo> BindableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod?.IsPublic == true || !ValueRule.IsSimple(p.PropertyType)));

    private static Type? ItemType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
        {
            var value = type.GetGenericArguments()[1];
            // Tagging:KeywordRules is a dictionary of word lists: still plain values to the user.
            return ItemType(value) ?? value;
        }

        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }
}
