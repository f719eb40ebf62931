namespace NewsBot.Delivery;

/// <summary>The order in which the outbox is drained: urgent notices first, then news, then digests.</summary>
public static class DeliveryPriority
{
    public const int Urgent = 100;
    public const int News = 0;
    public const int Digest = -100;
}
