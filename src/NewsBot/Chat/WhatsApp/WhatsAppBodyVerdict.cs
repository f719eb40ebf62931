namespace NewsBot.Chat.WhatsApp;

/// <summary>What reading a webhook body came to; only <see cref="Signed"/> bodies are looked into.</summary>
public enum WhatsAppBodyVerdict
{
    /// <summary>Within the size limit, and its HMAC is the one the header claims.</summary>
    Signed = 0,

    /// <summary>Went past the size limit; reading stopped there.</summary>
    TooLarge = 1,

    /// <summary>Read whole, but not signed with our app secret.</summary>
    BadSignature = 2,

    /// <summary>Not all there before the read deadline.</summary>
    TooSlow = 3,
}
