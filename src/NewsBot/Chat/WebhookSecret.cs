using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Chat;

/// <summary>Compares a secret a webhook caller presents with ours without telling, by its timing, how much of it was right.</summary>
public static class WebhookSecret
{
    /// <summary>True only when a secret is configured and <paramref name="given"/> is exactly it.</summary>
    public static bool Matches(string? given, string? expected) =>
        !string.IsNullOrEmpty(expected) && given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
