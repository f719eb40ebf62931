using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// How a topic is named inside a picker button's command. Telegram allows 64 bytes of callback data, and a tag may be
/// up to 64 characters: a short tag is written as it is (readable, and typable), a long one as "#" and a hash of it
/// that is found again among the known topics when the button is pressed.
/// </summary>
public static class TopicToken
{
    /// <summary>The longest tag written as itself; with "/topik +", a page number and spaces it stays within 64 bytes.</summary>
    public const int MaxPlainBytes = 40;

    private const int HashHexDigits = 12;

    public static string For(string tag) =>
        Encoding.UTF8.GetByteCount(tag) <= MaxPlainBytes && !tag.StartsWith('#')
            ? tag
            : "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tag)))[..HashHexDigits];

    public static bool IsHashed(string token) => token.StartsWith('#');

    /// <summary>The tag among <paramref name="known"/> that <paramref name="token"/> names, or null.</summary>
    public static string? Resolve(string token, IEnumerable<string> known) =>
        known.FirstOrDefault(tag => string.Equals(For(tag), token, StringComparison.Ordinal));
}
