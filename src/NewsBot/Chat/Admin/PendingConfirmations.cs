using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin;

/// <summary>
/// Short-lived confirmations for admin actions whose details do not fit in a button: stored with a random token,
/// confirmable only by the sender who asked, on the same channel, before they expire.
/// </summary>
public sealed class PendingConfirmations(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private const string TokenAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public async Task<string> CreateAsync(CommandContext context, string action, string payload, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Expired rows are only clutter; they go whenever a new one is made.
        await context.Db.PendingConfirmations.Where(p => p.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
        var pending = new PendingConfirmation
        {
            Token = RandomNumberGenerator.GetString(TokenAlphabet, 8),
            Channel = context.Command.Channel,
            SenderId = context.Command.SenderId ?? context.Command.ChatId,
            Action = action,
            Payload = payload,
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
        };
        context.Db.PendingConfirmations.Add(pending);
        await context.Db.SaveChangesAsync(cancellationToken);
        return pending.Token;
    }

    /// <summary>
    /// The confirmation named by <paramref name="token"/> (or, typed without one, the sender's latest), and why it
    /// cannot be used when it cannot: unknown or expired ("stale"), or asked for by someone else ("foreign").
    /// </summary>
    public async Task<(PendingConfirmation? Pending, PendingProblem Problem)> FindAsync(
        CommandContext context, string action, string? token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var sender = context.Command.SenderId ?? context.Command.ChatId;
        var pending = token is null
            ? await context.Db.PendingConfirmations
                .Where(p => p.Action == action && p.Channel == context.Command.Channel && p.SenderId == sender)
                .OrderByDescending(p => p.CreatedUtc).FirstOrDefaultAsync(cancellationToken)
            : await context.Db.PendingConfirmations.SingleOrDefaultAsync(p => p.Token == token && p.Action == action, cancellationToken);

        if (pending is null || pending.ExpiresUtc < now) return (null, PendingProblem.Stale);
        if (pending.Channel != context.Command.Channel || pending.SenderId != sender) return (null, PendingProblem.Foreign);
        return (pending, PendingProblem.None);
    }

    public async Task RemoveAsync(CommandContext context, PendingConfirmation pending, CancellationToken cancellationToken)
    {
        context.Db.PendingConfirmations.Remove(pending);
        await context.Db.SaveChangesAsync(cancellationToken);
    }
}
