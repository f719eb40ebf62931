using System.Text.Json.Nodes;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// Messages from a group's anonymous administrator: Telegram sends them from the GroupAnonymousBot user with the group
/// itself as <c>sender_chat</c>.
/// </summary>
public sealed partial class FakeTelegramServer
{
    /// <summary>Telegram's placeholder user for anonymous group admins.</summary>
    public const long GroupAnonymousBotId = 1087968824;

    /// <summary>Queues a message that an anonymous admin of the supergroup <paramref name="chatId"/> posts as the group.</summary>
    public long EnqueueAnonymousAdminMessage(long chatId, string text)
    {
        _chatTypes[chatId] = "supergroup";
        var from = new JsonObject { ["id"] = GroupAnonymousBotId, ["is_bot"] = true, ["first_name"] = "Group", ["username"] = "GroupAnonymousBot" };
        var message = TelegramWire.Message(
            Interlocked.Increment(ref _nextMessageId), from, TelegramWire.Chat(chatId, "supergroup"), UnixNow(), text);
        message["sender_chat"] = TelegramWire.Chat(chatId, "supergroup");
        return _updates.Enqueue(new JsonObject { ["message"] = message });
    }
}
