using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Chat.WhatsApp;

/// <summary>Meta signs every webhook with the app secret: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256 of the raw body.</summary>
public static class WhatsAppSignature
{
    private const string Prefix = "sha256=";

    public static bool IsValid(ReadOnlySpan<byte> rawBody, string? header, string appSecret)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(rawBody, appSecret));
        // Meta sends lowercase hex; the comparison takes the same time wherever the first difference is.
        var given = Encoding.ASCII.GetBytes(header[Prefix.Length..].ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The lowercase hex HMAC, without the prefix.</summary>
    public static string Compute(ReadOnlySpan<byte> rawBody, string appSecret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody));
}
