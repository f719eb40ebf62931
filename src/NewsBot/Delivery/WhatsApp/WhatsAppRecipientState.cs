namespace NewsBot.Delivery.WhatsApp;

/// <summary>What the channel must know of a recipient before sending: when they last wrote, when they were re-engaged.</summary>
public sealed record WhatsAppRecipientState(DateTime? LastInboundUtc, DateTime? ReengagementSentUtc);
