using System.ComponentModel.DataAnnotations;

namespace NewsBot.Configuration;

/// <summary>
/// An absolute http:// or https:// address, or nothing (<see cref="RequiredAttribute"/> says whether it may be empty).
/// <see cref="UrlAttribute"/> is not enough: it lets ftp:// through, which then fails on every poll instead of on start.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpUrlAttribute(string example = "https://demakkab.go.id/feed")
    : ValidationAttribute($"must be an http:// or https:// address, e.g. {example}.")
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || IsHttpUrl(text);

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url)
        && url.Scheme is ("http" or "https")
        && !string.IsNullOrEmpty(url.Host);
}
