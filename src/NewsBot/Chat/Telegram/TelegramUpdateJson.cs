using System.Text;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Reads an update's JSON the way Telegram.Bot reads getUpdates (its serializer options: snake_case names, its own
/// converters), so an update that came by webhook is the same object long polling would have handed over.
/// </summary>
public static class TelegramUpdateJson
{
    /// <summary>The update, or null when the JSON is malformed or is not an update (no update_id).</summary>
    public static Update? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options) is { Id: > 0 } update ? update : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException)
        {
            // What the library's converters throw on a value of the wrong shape, besides the serializer's JsonException.
            return null;
        }
    }

    public static Update? Read(string json) => Read(Encoding.UTF8.GetBytes(json));
}
