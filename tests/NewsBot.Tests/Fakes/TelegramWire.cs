using System.Text.Json.Nodes;

namespace NewsBot.Tests.Fakes;

/// <summary>Builds Bot API objects in the shapes Telegram sends (field names and nesting as in real payloads).</summary>
internal static class TelegramWire
{
    public const long BotId = 123456;
    public const string BotUsername = "newsbot_test_bot";

    /// <summary>JSON as a person reads it (emoji and non-ASCII letters unescaped), for recording what was sent.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions ReadableJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject BotUser() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "NewsBot Test",
        ["username"] = BotUsername,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    public static JsonObject User(long id, string? languageCode)
    {
        var user = new JsonObject
        {
            ["id"] = id,
            ["is_bot"] = false,
            ["first_name"] = "Warga",
            ["last_name"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["username"] = $"warga{id}",
        };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return user;
    }

    /// <summary>Infers the chat type from the id as Telegram assigns them: users positive, supergroups -100….</summary>
    public static string ChatTypeOf(long chatId) => chatId switch
    {
        > 0 => "private",
        <= -1_000_000_000_000 => "supergroup",
        _ => "group",
    };

    public static JsonObject Chat(long id, string type) => type == "private"
        ? new JsonObject { ["id"] = id, ["first_name"] = "Warga", ["username"] = $"warga{id}", ["type"] = type }
        : new JsonObject { ["id"] = id, ["title"] = $"Grup {id}", ["type"] = type };

    public static JsonObject Message(long messageId, JsonObject from, JsonObject chat, long date, string text)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = from,
            ["chat"] = chat,
            ["date"] = date,
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n', '\t']) is var end and >= 0 ? end : text.Length;
            message["entities"] = new JsonArray(new JsonObject
            {
                ["offset"] = 0,
                ["length"] = length,
                ["type"] = "bot_command",
            });
        }

        return message;
    }
}
