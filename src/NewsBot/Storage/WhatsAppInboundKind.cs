namespace NewsBot.Storage;

public enum WhatsAppInboundKind
{
    /// <summary>A message a user wrote (text, or a reply to a list or buttons).</summary>
    Message = 0,

    /// <summary>Meta's report on a message we sent: sent, delivered, read or failed.</summary>
    Status = 1,

    /// <summary>A user's choice about marketing messages (user_preferences): "stop" ends their subscriptions.</summary>
    Preference = 2,
}
