using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace NewsBot.Configuration;

/// <summary>
/// What text a setting of a simple type accepts, checked the way the configuration binder converts it, so a value the
/// binder would choke on (or, inside a list, silently drop) is found first and explained.
/// </summary>
public static class ValueRule
{
    /// <summary>Types bound from one string rather than from a section of their own.</summary>
    public static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
               || underlying == typeof(TimeSpan) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset)
               || underlying == typeof(Uri) || underlying == typeof(Guid);
    }

    /// <summary>Null when <paramref name="value"/> converts; otherwise what the setting accepts.</summary>
    public static string? Check(string value, Type type, AllowedValuesAttribute? allowed)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            // The binder reads an empty value as "not set" for a nullable setting.
            return value.Length == 0 ? null : Check(value, underlying, allowed);
        }

        if (type.IsEnum) return IsEnumName(value, type) ? null : $"must be one of {string.Join(", ", EnumNames(type, allowed))}.";
        if (type == typeof(string) || type == typeof(object)) return null;
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception error) when (error is FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return Describe(type);
        }
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(bool) => "must be true or false.",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "must be a whole number, e.g. 30.",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "must be a number with a dot for decimals, e.g. 0.5.",
        _ when type == typeof(TimeSpan) => "must be a duration as [d.]hh:mm:ss, e.g. 00:00:30 for 30 seconds or 1.00:00:00 for a day.",
        _ => $"must be a value of type {type.Name}.",
    };

    /// <summary>
    /// Names only: the binder would also take a number (even one that names no value) or "A, B" (two values OR-ed
    /// together), and neither means anything in a settings file.
    /// </summary>
    private static bool IsEnumName(string value, Type type) =>
        Enum.GetNames(type).Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> EnumNames(Type type, AllowedValuesAttribute? allowed) =>
        allowed is null
            ? Enum.GetNames(type)
            : allowed.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "");
}
