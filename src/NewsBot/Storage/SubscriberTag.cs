namespace NewsBot.Storage;

public sealed class SubscriberTag
{
    public long SubscriberId { get; set; }
    public required string Tag { get; set; }
}
