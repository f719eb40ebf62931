using System.Text.RegularExpressions;
using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>A key NewsBot models but this feed did not produce: every comparison with it is false.</summary>
internal sealed class Missing
{
    public static readonly Missing Value = new();
}

/// <summary>HTML or text NewsBot turns into plain text; compared as the plain text it would send.</summary>
internal sealed record TextValue(string Html);

internal sealed record UrlValue(Uri Url);

internal sealed record DateValue(DateTime Utc);

/// <summary>A feedparser dictionary limited to the keys NewsBot models; any other key is untranslatable.</summary>
internal interface IPyMapping
{
    object? Get(string key);
}

internal static partial class PyValues
{
    public static bool Truthy(object? value) => value switch
    {
        null or Missing => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length > 0,
        TextValue t => Plain(t.Html).Length > 0,
        List<object?> list => list.Count > 0,
        _ => true,
    };

    public static bool Equal(object? left, object? right)
    {
        // Normalise so the modelled value is on the left.
        if (right is TextValue or UrlValue or DateValue or Missing) (left, right) = (right, left);
        return (left, right) switch
        {
            (Missing, _) => false,
            // Two modelled values (a == b == 'x' chains): compare what they hold, not which objects they are.
            (TextValue a, TextValue b) => Plain(a.Html) == Plain(b.Html),
            (UrlValue a, UrlValue b) => a.Url == b.Url,
            (DateValue a, DateValue b) => a.Utc == b.Utc,
            (TextValue t, string s) => Plain(t.Html) == Plain(s),
            (UrlValue u, string s) => Uri.TryCreate(s, UriKind.Absolute, out var expected) ? expected == u.Url : u.Url.OriginalString == s,
            (DateValue d, List<object?> tuple) => tuple.Count >= 6 && Enumerable.Range(0, 6).All(i => Convert.ToInt64(tuple[i], System.Globalization.CultureInfo.InvariantCulture) == Parts(d.Utc)[i]),
            (TextValue or UrlValue or DateValue, _) => false,
            (List<object?> a, List<object?> b) => a.Count == b.Count && a.Zip(b).All(p => Equal(p.First, p.Second)),
            (long a, double b) => a == b,
            (double a, long b) => a == b,
            (IPyMapping, _) or (_, IPyMapping) => throw new UntranslatableException("comparison of a whole dictionary"),
            _ => Equals(left, right),
        };
    }

    public static bool Contains(object? container, object? item) => (container, item) switch
    {
        (Missing, _) => false,
        (IPyMapping mapping, string key) => mapping.Get(key) is not Missing,
        (List<object?> list, _) => list.Any(e => Equal(e, item)),
        (TextValue t, string s) => Plain(t.Html).Contains(Plain(s), StringComparison.Ordinal),
        (string s, string part) => s.Contains(part, StringComparison.Ordinal),
        _ => throw new UntranslatableException("'in' on an unsupported value"),
    };

    public static object? Index(object? value, object? key) => (value, key) switch
    {
        (Missing, _) => Missing.Value,
        (IPyMapping mapping, string name) => mapping.Get(name),
        (List<object?> list, long i) => i >= 0 && i < list.Count ? list[(int)i] : i < 0 && -i <= list.Count ? list[list.Count + (int)i] : Missing.Value,
        _ => throw new UntranslatableException($"unsupported index {value?.GetType().Name}[{key?.GetType().Name}]"),
    };

    public static object? Length(object? value) => value switch
    {
        Missing => Missing.Value,
        List<object?> list => (long)list.Count,
        string s => (long)s.Length,
        _ => throw new UntranslatableException("len() of an unsupported value"),
    };

    /// <summary>The text a chat message would carry: markup gone, entities decoded, whitespace collapsed.</summary>
    public static string Plain(string html) => Spaces().Replace(HtmlToText.Convert(html), " ").Trim();

    private static long[] Parts(DateTime d) => [d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
