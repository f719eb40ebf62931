using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The Bot API methods behind interactive replies: editing a message (a redrawn button picker), sending a photo (a QR
/// code), and asking whether a user is an administrator of a group.
/// </summary>
public sealed partial class FakeTelegramServer
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<long, string>> _memberStatus = new();
    private int _edits;

    /// <summary>How many edits of sent messages were accepted.</summary>
    public int EditCount => Volatile.Read(ref _edits);

    /// <summary>Makes <paramref name="userId"/> an "administrator" (or "creator") of the group <paramref name="chatId"/> for getChatMember.</summary>
    public void SetChatMemberStatus(long chatId, long userId, string status) =>
        _memberStatus.GetOrAdd(chatId, _ => new ConcurrentDictionary<long, string>())[userId] = status;

    /// <summary>The message as it stands now, edits included.</summary>
    public SentMessage? Message(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _sent.LastOrDefault(m => m.ChatId == chatId && m.MessageId == messageId);
        }
    }

    /// <summary>Queues a press on an inline button of a given message (by default the last one sent to the chat) by a given user.</summary>
    public long EnqueueButtonPress(long chatId, string data, int? messageId = null, long? fromId = null, string? languageCode = "id") =>
        _updates.Enqueue(ButtonPressUpdate(chatId, data, messageId, fromId, languageCode));

    /// <summary>A <c>callback_query</c> update without its <c>update_id</c>: a press on a button of a message sent to the chat.</summary>
    private JsonObject ButtonPressUpdate(long chatId, string data, int? messageId, long? fromId, string? languageCode)
    {
        SentMessage? pressed;
        lock (_gate)
        {
            pressed = messageId is { } id ? _sent.LastOrDefault(m => m.ChatId == chatId && m.MessageId == id) : _sent.LastOrDefault(m => m.ChatId == chatId);
        }

        var message = TelegramWire.Message(
            pressed?.MessageId ?? 1, TelegramWire.BotUser(), TelegramWire.Chat(chatId, ChatType(chatId)), UnixNow(), pressed?.PlainText ?? "…");
        if (pressed?.ReplyMarkupJson is { } markup) message["reply_markup"] = JsonNode.Parse(markup);

        var query = new JsonObject
        {
            ["id"] = $"{Interlocked.Increment(ref _nextCallbackId)}{chatId & 0xFFFF}",
            ["from"] = TelegramWire.User(fromId ?? DefaultUserId(chatId), languageCode),
            ["message"] = message,
            ["chat_instance"] = $"-{Math.Abs(chatId)}42",
            ["data"] = data,
        };
        return new JsonObject { ["callback_query"] = query };
    }

    private async Task EditMessageTextAsync(HttpContext context, TelegramArgs args)
    {
        var chatId = args.Long("chat_id");
        var messageId = args.Long("message_id");
        var text = args.String("text") ?? string.Empty;
        var markup = args.Json("reply_markup")?.ToJsonString(TelegramWire.ReadableJson);
        if (chatId is { } limited && await RefusedOverLimitAsync(context, limited)) return;
        string? problem = null;
        lock (_gate)
        {
            var index = _sent.FindLastIndex(m => m.ChatId == chatId && m.MessageId == messageId);
            if (index < 0)
            {
                problem = "message to edit not found";
            }
            else if (_sent[index].Text == text && _sent[index].ReplyMarkupJson == markup)
            {
                problem = "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
            }
            else
            {
                _sent[index] = _sent[index] with { Text = text, PlainText = text, ReplyMarkupJson = markup, Edits = _sent[index].Edits + 1 };
                Interlocked.Increment(ref _edits);
                _sentSignal.TrySetResult();
                _sentSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (problem is not null)
        {
            await TelegramReply.BadRequestAsync(context, problem);
            return;
        }

        var message = TelegramWire.Message(messageId!.Value, TelegramWire.BotUser(), TelegramWire.Chat(chatId!.Value, ChatType(chatId.Value)), UnixNow(), text);
        if (markup is not null) message["reply_markup"] = JsonNode.Parse(markup);
        await TelegramReply.OkAsync(context, message);
    }

    private async Task SendPhotoAsync(HttpContext context, TelegramArgs args)
    {
        if (args.Long("chat_id") is not long chatId)
        {
            await TelegramReply.BadRequestAsync(context, "chat not found");
            return;
        }

        // A client may upload the file under the parameter's name or refer to it as "attach://<part name>".
        var files = context.Request.HasFormContentType ? context.Request.Form.Files : null;
        var reference = args.String("photo");
        var photo = reference is not null && reference.StartsWith("attach://", StringComparison.Ordinal)
            ? files?.GetFile(reference["attach://".Length..])
            : files?.GetFile("photo");
        if (photo is null || photo.Length == 0)
        {
            await TelegramReply.BadRequestAsync(context, "there is no photo in the request");
            return;
        }

        if (await RefusedOverLimitAsync(context, chatId)) return;
        var bytes = new byte[photo.Length];
        await using (var stream = photo.OpenReadStream()) await stream.ReadExactlyAsync(bytes);
        var caption = args.String("caption") ?? string.Empty;
        var messageId = Interlocked.Increment(ref _nextMessageId);
        Record(new SentMessage(chatId, caption, args.String("parse_mode"), _time.GetUtcNow())
        {
            MessageId = (int)messageId,
            Photo = bytes,
            ReplyMarkupJson = args.Json("reply_markup")?.ToJsonString(TelegramWire.ReadableJson),
        });
        var message = TelegramWire.Message(messageId, TelegramWire.BotUser(), TelegramWire.Chat(chatId, ChatType(chatId)), UnixNow(), caption);
        message.Remove("text");
        message["caption"] = caption;
        message["photo"] = new JsonArray(new JsonObject
        {
            ["file_id"] = $"photo{messageId}", ["file_unique_id"] = $"u{messageId}", ["width"] = 512, ["height"] = 512,
        });
        await TelegramReply.OkAsync(context, message);
    }

    private async Task GetChatMemberAsync(HttpContext context, TelegramArgs args)
    {
        if (args.Long("chat_id") is not long chatId || args.Long("user_id") is not long userId)
        {
            await TelegramReply.BadRequestAsync(context, "chat_id and user_id are required");
            return;
        }

        var status = _memberStatus.TryGetValue(chatId, out var members) && members.TryGetValue(userId, out var known) ? known : "member";
        var member = new JsonObject { ["status"] = status, ["user"] = TelegramWire.User(userId, "id") };
        if (status == "administrator")
        {
            member["can_be_edited"] = false;
            member["is_anonymous"] = false;
            member["can_manage_chat"] = true;
            member["can_delete_messages"] = true;
            member["can_manage_video_chats"] = true;
            member["can_restrict_members"] = true;
            member["can_promote_members"] = false;
            member["can_change_info"] = true;
            member["can_invite_users"] = true;
            member["can_post_stories"] = false;
            member["can_edit_stories"] = false;
            member["can_delete_stories"] = false;
        }
        else if (status == "creator")
        {
            member["is_anonymous"] = false;
        }

        await TelegramReply.OkAsync(context, member);
    }
}
