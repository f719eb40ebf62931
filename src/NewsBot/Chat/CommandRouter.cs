using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Chat.Admin;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>
/// The one entry for chat commands from every channel: finds the command, checks that the sender may use it (a
/// citizen asking for an admin command hears "unknown command", not that it exists), runs it, and always answers:
/// an unexpected error gets an apology instead of silence. A chat that floods commands is slowed down first
/// (<see cref="CommandFloodGuard"/>).
/// </summary>
public sealed partial class CommandRouter(
    IDbContextFactory<NewsBotDbContext> contexts,
    CommandCatalog catalog,
    SubscriberDirectory directory,
    AdminDirectory admins,
    CommandFloodGuard flood,
    AuditLog audit,
    ILogger<CommandRouter> logger)
{
    private static readonly Localized TooFast = new(
        "Mohon tunggu sebentar: terlalu banyak perintah dalam waktu singkat. Coba lagi sebentar lagi.",
        "Please wait a moment: too many commands in a short time. Try again shortly.");

    public async Task<ChatReply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        try
        {
            switch (flood.Check(command))
            {
                case FloodVerdict.Drop: return ChatReply.None;
                case FloodVerdict.Warn: return await TooFastAsync(command, cancellationToken);
            }

            return await HandleCoreAsync(command, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCommandFailed(logger, ex, command.Word, command.Channel, command.ChatId);
            return new ChatReply(BotTexts.For(SubscriberDirectory.LanguageFromHint(command.LanguageHint)).Failure);
        }
    }

    private async Task<ChatReply> HandleCoreAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var subscriber = await directory.FindAsync(db, command.Channel, command.ChatId, cancellationToken);
        var language = subscriber?.Language ?? SubscriberDirectory.LanguageFromHint(command.LanguageHint);
        var role = await admins.RoleOfAsync(db, command.Channel, command.SenderId, cancellationToken);

        var found = catalog.Find(command.Word);
        if (found is null || found.Descriptor.Audience > role)
        {
            await audit.RecordRefusalAsync(command, found, cancellationToken);
            return new ChatReply(string.Format(CultureInfo.InvariantCulture, BotTexts.For(language).UnknownCommand, command.Typed));
        }

        var context = new CommandContext
        {
            Command = command,
            Db = db,
            Subscriber = subscriber,
            Language = language,
            SenderRole = role,
            AvailableCommands = catalog.AvailableTo(role),
        };
        return await audit.ExecuteAsync(found, context, cancellationToken);
    }

    private async Task<ChatReply> TooFastAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        LogFlood(logger, command.Channel, command.ChatId);
        await using var db = contexts.CreateDbContext();
        var language = (await directory.FindAsync(db, command.Channel, command.ChatId, cancellationToken))?.Language;
        return new ChatReply(TooFast.In(language ?? SubscriberDirectory.LanguageFromHint(command.LanguageHint)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} chat {ChatId} sends too many commands; slowed down")]
    private static partial void LogFlood(ILogger logger, ChannelKind channel, string chatId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} from {Channel} chat {ChatId} failed")]
    private static partial void LogCommandFailed(ILogger logger, Exception exception, string command, ChannelKind channel, string chatId);
}
