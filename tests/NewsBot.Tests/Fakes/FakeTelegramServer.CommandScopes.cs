using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// Command menus for one chat: <c>setMyCommands</c> and <c>deleteMyCommands</c> with a <c>scope</c> of type "chat",
/// kept apart from the default menu as Telegram does, so tests can tell what an admin and a citizen see.
/// </summary>
public sealed partial class FakeTelegramServer
{
    private readonly ConcurrentDictionary<(long ChatId, string Language), IReadOnlyList<(string Command, string Description)>> _chatCommands = new();

    /// <summary>The commands set for one chat's scope and language (empty string: no language), or null when none are set.</summary>
    public IReadOnlyList<(string Command, string Description)>? ChatMenu(long chatId, string languageCode = "") =>
        _chatCommands.GetValueOrDefault((chatId, languageCode));

    /// <summary>Stores a scoped menu; false when the call has no scope (or the default one) and is the global menu.</summary>
    private bool TrySetScopedCommands(TelegramArgs args, JsonArray commands)
    {
        if (ChatScope(args) is not { } chatId) return false;
        _chatCommands[(chatId, args.String("language_code") ?? string.Empty)] = commands
            .Select(c => (c?["command"]?.GetValue<string>() ?? string.Empty, c?["description"]?.GetValue<string>() ?? string.Empty))
            .ToList();
        return true;
    }

    private async Task DeleteMyCommandsAsync(HttpContext context, TelegramArgs args)
    {
        var language = args.String("language_code") ?? string.Empty;
        if (ChatScope(args) is { } chatId) _chatCommands.TryRemove((chatId, language), out _);
        else _commands.TryRemove(language, out _);
        await TelegramReply.OkAsync(context, true);
    }

    private static long? ChatScope(TelegramArgs args) =>
        args.Json("scope") is JsonObject scope && scope["type"]?.GetValue<string>() == "chat" && scope["chat_id"] is JsonValue id
            ? id.TryGetValue<long>(out var number) ? number : long.Parse(id.ToString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
