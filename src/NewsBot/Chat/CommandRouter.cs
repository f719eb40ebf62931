using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Admin;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>
/// The one entry for chat commands from every channel: finds the command, checks that the sender may use it (a
/// citizen asking for an admin command hears "unknown command", not that it exists), runs it, and always answers:
/// an unexpected error gets an apology instead of silence.
/// </summary>
public sealed partial class CommandRouter(
    IDbContextFactory<NewsBotDbContext> contexts,
    CommandCatalog catalog,
    SubscriberDirectory directory,
    AdminDirectory admins,
    AuditLog audit,
    ILogger<CommandRouter> logger)
{
    public async Task<ChatReply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        try
        {
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} from {Channel} chat {ChatId} failed")]
    private static partial void LogCommandFailed(ILogger logger, Exception exception, string command, ChannelKind channel, string chatId);
}
