namespace NewsBot.Delivery.WhatsApp;

/// <summary>Either the wamid Meta gave the accepted message, or why it was refused.</summary>
public sealed record WhatsAppSendResult(string? MessageId, WhatsAppError? Error)
{
    public bool Accepted => Error is null;
}
