using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace NewsBot.Configuration;

/// <summary>
/// Reads a configuration section against the options type it binds to, before the binder does: a value that will not
/// convert, and a key no setting has (a typo), become messages naming the setting. The binder alone throws on the
/// first bad value of a top-level setting, silently drops a list item it cannot convert (a source with Kind=Rss
/// vanished), and ignores keys it does not know.
/// </summary>
public static class SettingsShape
{
    /// <param name="section">The section as configured.</param>
    /// <param name="owners">Every options type bound to this same section: a key any of them has is known.</param>
    public static List<string> Problems(IConfigurationSection section, IReadOnlyCollection<Type> owners)
    {
        var problems = new List<string>();
        var properties = owners.SelectMany(BindableProperties).ToList();
        foreach (var child in section.GetChildren()) CheckMember(child, properties, section.Path, problems);
        return problems;
    }

    private static void Check(IConfigurationSection section, Type type, PropertyInfo? property, List<string> problems)
    {
        if (ValueRule.IsSimple(type))
        {
            if (section.Value is not { } value) return;
            if (ValueRule.Check(value, type, property?.GetCustomAttribute<AllowedValuesAttribute>()) is { } rule)
                problems.Add(new Setting(section.Path).Problem(value, rule, property?.IsDefined(typeof(SecretAttribute)) == true));
            return;
        }

        if (ItemType(type) is { } itemType)
        {
            foreach (var child in section.GetChildren()) Check(child, itemType, property, problems);
            return;
        }

        var properties = BindableProperties(type).ToList();
        foreach (var child in section.GetChildren()) CheckMember(child, properties, section.Path, problems);
    }

    private static void CheckMember(IConfigurationSection child, List<PropertyInfo> properties, string parent, List<string> problems)
    {
        var property = properties.Find(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
        if (property is not null)
        {
            Check(child, property.PropertyType, property, problems);
            return;
        }

        // The value is not shown: a misspelt key may well hold a token.
        var known = string.Join(", ", properties.Select(p => p.Name).Distinct());
        problems.Add($"{new Setting(child.Path)} is not a NewsBot setting (a typo?); the settings under {parent} are {known}.");
    }

    /// <summary>The element type of a list, array or dictionary (whose keys are the user's), else null.</summary>
    private static Type? ItemType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            return type.GetGenericArguments()[1];
        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>What the binder writes to: settable properties, and get-only ones it fills in place (a nested section, a list).</summary>
    private static IEnumerable<PropertyInfo> BindableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod?.IsPublic == true || !ValueRule.IsSimple(p.PropertyType)));
}
