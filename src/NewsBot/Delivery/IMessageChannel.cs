using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>A messaging network NewsBot delivers news through.</summary>
public interface IMessageChannel
{
    ChannelKind Kind { get; }

    /// <summary>Sends one news message. Never throws for the platform's answers; only cancellation escapes.</summary>
    Task<SendOutcome> SendAsync(NewsMessage message, CancellationToken cancellationToken);
}
