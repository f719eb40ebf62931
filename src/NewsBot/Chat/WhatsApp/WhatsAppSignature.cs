using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Chat.WhatsApp;

/// <summary>Meta signs every webhook with the app secret: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256 of the raw body.</summary>
public static class WhatsAppSignature
{
    private const string Prefix = "sha256=";

    /// <summary>
    /// The digest a header claims, or null when the header is missing or cannot be a signature ("sha256=" and 64 hex
    /// digits): such a request is refused before a byte of its body is read.
    /// </summary>
    public static byte[]? Claimed(string? header)
    {
        if (header is null || header.Length != Prefix.Length + 2 * SHA256.HashSizeInBytes
            || !header.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var digest = new byte[SHA256.HashSizeInBytes];
        return Convert.FromHexString(header.AsSpan(Prefix.Length), digest, out _, out _) == OperationStatus.Done ? digest : null;
    }

    /// <summary>An HMAC to feed the body into as it arrives, so the body need not be whole before it is checked.</summary>
    public static IncrementalHash CreateHash(string appSecret) =>
        IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(appSecret));

    /// <summary>Whether the body fed into <paramref name="hash"/> is the one <paramref name="claimed"/> was made over.</summary>
    public static bool Matches(IncrementalHash hash, ReadOnlySpan<byte> claimed)
    {
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(actual);
        // Both are 32 bytes, and the comparison takes the same time wherever the first difference is.
        return CryptographicOperations.FixedTimeEquals(actual, claimed);
    }

    public static bool IsValid(ReadOnlySpan<byte> rawBody, string? header, string appSecret)
    {
        if (Claimed(header) is not { } claimed) return false;
        using var hash = CreateHash(appSecret);
        hash.AppendData(rawBody);
        return Matches(hash, claimed);
    }

    /// <summary>The lowercase hex HMAC, without the prefix.</summary>
    public static string Compute(ReadOnlySpan<byte> rawBody, string appSecret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody));
}
