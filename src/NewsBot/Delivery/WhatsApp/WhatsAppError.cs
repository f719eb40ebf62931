namespace NewsBot.Delivery.WhatsApp;

/// <summary>
/// What the Graph API refused a message with: Meta's error code (130429, 131047 ...) and words, and the HTTP status.
/// Code 0 means no Graph error at all: the network failed or the server answered something that is not the Graph API.
/// </summary>
public sealed record WhatsAppError(int Code, string Message, int HttpStatus)
{
    public const int ThroughputExceeded = 130429;
    public const int PairRateLimit = 131056;
    public const int WindowClosed = 131047;
    public const int Undeliverable = 131026;
    public const int SpamRateLimit = 131048;
    public const int EcosystemLimit = 131049;
    public const int MarketingOptOut = 131050;
    public const int AccountRestricted = 368;
    public const int AccountLocked = 131031;
    public const int ApiRateLimit = 80007;
    public const int AccessTokenInvalid = 190;

    public override string ToString() => Code == 0 ? Message : $"WhatsApp error {Code}: {Message}";
}
