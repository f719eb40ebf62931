using NewsBot.Storage;
using NewsBot.Text;

namespace NewsBot.Chat.Admin.Staff;

/// <summary>
/// Records every use of an admin or owner command: who, what, how it ended, when. Called by the
/// <see cref="CommandRouter"/> around each command, so no admin command can forget it. A failure to write the log is
/// logged and never costs the admin their answer.
/// </summary>
public sealed partial class AuditLog(
    Microsoft.EntityFrameworkCore.IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<AuditLog> logger)
{
    public const string RefusedOutcome = "refused: not allowed";

    /// <summary>Runs <paramref name="command"/>; when it is an admin or owner command, records what came of it.</summary>
    public async Task<ChatReply> ExecuteAsync(IChatCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (command.Descriptor.Audience == CommandAudience.Everyone) return await command.ExecuteAsync(context, cancellationToken);

        ChatReply reply;
        try
        {
            reply = await command.ExecuteAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordAsync(context.Command, command.Descriptor, $"error: {ex.GetType().Name}", CancellationToken.None);
            throw;
        }

        await RecordAsync(context.Command, command.Descriptor, FirstLine(reply), cancellationToken);
        return reply;
    }

    /// <summary>
    /// Records an attempt at an admin command by someone who may not use it (a citizen who guessed a name), without
    /// its arguments: a WhatsApp user who starts a message with "admin" is writing to a person, and their words are
    /// personal data the log has no need for.
    /// </summary>
    public Task RecordRefusalAsync(ChatCommand attempt, IChatCommand? found, CancellationToken cancellationToken) =>
        found is { Descriptor.Audience: > CommandAudience.Everyone }
            ? RecordAsync(attempt with { RawArguments = string.Empty }, found.Descriptor, RefusedOutcome, cancellationToken)
            : Task.CompletedTask;

    private async Task RecordAsync(ChatCommand command, CommandDescriptor descriptor, string outcome, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = time.GetUtcNow().UtcDateTime,
                Channel = command.Channel,
                SenderId = Cut(command.SenderId, 64),
                ChatId = Cut(command.ChatId, 64)!,
                Command = descriptor.Indonesian,
                Arguments = Cut(OneLine(command.RawArguments), AuditEntry.MaxArgumentsLength)!,
                Outcome = Cut(outcome, AuditEntry.MaxOutcomeLength)!,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAuditFailed(logger, ex, descriptor.Indonesian, command.Channel, command.ChatId);
        }
    }

    private static string FirstLine(ChatReply reply)
    {
        if (reply.IsNone) return "(no answer)";
        var text = reply.Text.Trim();
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    private static string? Cut(string? text, int length) => text is null ? null : TextCut.WithEllipsis(text, length);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit entry of {Command} from {Channel} chat {ChatId}")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception, string command, ChannelKind channel, string chatId);
}
